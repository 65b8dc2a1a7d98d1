using System.ComponentModel;
using TreatyApi.Facts;

namespace TreatyApi.Treaties;

[Description(
    "What a state did about a treaty (signed, ratified, acceded, succeeded, withdrew, suspended, resumed, "
        + "ratification-withdrawn), with its source. For a withdrawal, date is the notice and effective when it took "
        + "effect."
)]
public sealed record StateAction(string Id, string Kind, string Date, string? Effective, string? Note, Source Source);

[Description("How many states are parties to a multilateral treaty, as of a day, as its source counts them.")]
public sealed record PartyCountValue(int Count, string AsOf, Source Source);

[Description(
    "A state's status in a treaty on a day, derived from its actions and the treaty's dates: not-signed, "
        + "signatory, ratified (ratified or acceded, but the treaty was not yet in force), party, withdrawal-pending "
        + "(notice "
        + "given, not yet effective), withdrawn, suspended, or ended (the treaty expired or was terminated while the "
        + "state "
        + "was bound or a signatory). since is the day that status began (null for not-signed)."
)]
public sealed record PartyStatus(
    string State,
    string Name,
    [property: Description(
        "not-signed, signatory, ratified, party, withdrawal-pending, withdrawn, suspended or ended."
    )]
        string Status,
    string? Since,
    [property: Description(
        "The state's actions listed in the catalog, oldest first (including those after the day asked)."
    )]
        IReadOnlyList<StateAction> Actions
);

[Description(
    "Each listed state's status in a treaty on a day (`on`, today by default): the original parties of a "
        + "bilateral treaty, and every state the catalog records an action of. partyCount is the treaty's total number "
        + "of "
        + "parties as its source gives it (multilateral treaties), which the listed states do not add up to."
)]
public sealed record PartyList(
    string Treaty,
    string Name,
    string On,
    PartyCountValue? PartyCount,
    IReadOnlyList<PartyStatus> Items
);

[Description(
    "A treaty's parties today: count is how many listed states are parties; byStatus counts the listed "
        + "states by status; partyCount the total its source gives (multilateral treaties); original the parties named "
        + "in a bilateral treaty."
)]
public sealed record PartiesSummary(
    int Count,
    PartyCountValue? PartyCount,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<ActorRef> Original
);

[Description("A state's status in one treaty on a day, with its actions.")]
public sealed record StateTreaty(
    string Treaty,
    string Name,
    string Status,
    string? Since,
    IReadOnlyList<StateAction> Actions
);

[Description(
    "A state's treaties: every catalogued treaty it is an original party to or has an action in, with " + "its status."
)]
public sealed record StateTreatyList(string State, string Name, string On, IReadOnlyList<StateTreaty> Items);

[Description(
    "One dated entry of a treaty's timeline. kind: treaty-date (a catalog date), state-action, limit-due (a "
        + "treaty-text limit's deadline), deadline (from a document), event (a meeting in a document that mentions the "
        + "treaty) or statement (a quotation in such a document). what: the date kind, action kind, deadline or event "
        + "kind."
)]
public sealed record TimelineItem(
    DateValue Date,
    [property: Description("treaty-date, state-action, limit-due, deadline, event or statement.")] string Kind,
    string What,
    string? State,
    string Summary,
    [property: Description(
        "The id of the fact (a state action, limit, deadline, event or statement); null for a treaty date."
    )]
        string? FactId,
    Source Source
);

[Description(
    "A treaty's timeline in date order; on one day: treaty dates, state actions, limits due, deadlines, "
        + "events, statements, each then by id."
)]
public sealed record TimelineList(string Treaty, IReadOnlyList<TimelineItem> Items, string? Next);
