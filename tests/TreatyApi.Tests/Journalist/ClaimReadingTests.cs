using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Journalist;

/// <summary>
/// Readings added after the eighth to twelfth held-out claim sets gave false verdicts: each sentence here is of the
/// same shape, written here, with its true and false (or unsure) versions.
/// </summary>
public class ClaimReadingTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Theory]
    // A proportion of a figure, or a figure another treaty owns, is never compared with this treaty's limit.
    [InlineData("New START's limit is about a third of the 6,000 warheads START I allowed.", "unverifiable")]
    [InlineData("New START allows twice the 1,550 warheads.", "unverifiable")]
    [InlineData("New START counts 1,550 warheads, less than the 6,000 warheads START I permitted.", "unverifiable")]
    // "did not take effect until" says when it did.
    [InlineData("START I did not take effect until December 1994.", "supported")]
    [InlineData("START I did not take effect until 1993.", "contradicted")]
    // A year before a treaty's name is how it is called, not a date or a figure.
    [InlineData("The 2010 New START treaty limits each side to 1,550 deployed warheads.", "supported")]
    [InlineData("The 2010 New START treaty limits each side to 1,500 deployed warheads.", "contradicted")]
    [InlineData("Under the 2002 Moscow Treaty, warheads had to be cut to between 1,700 and 2,200.", "supported")]
    // Another count than the treaty's, named before the figure, is not held to the treaty's limit.
    [InlineData("New START caps non-deployed warheads at 1,000.", "unverifiable")]
    [InlineData("New START limits tactical nuclear weapons to 500.", "unverifiable")]
    // The catalog says when a state signed, not where, unless it was at the treaty's own signing.
    [InlineData("Russia signed the Open Skies Treaty in Paris in 1992.", "unverifiable")]
    [InlineData("Russia signed the Open Skies Treaty in Helsinki in March 1992.", "supported")]
    // A limit on deployed and non-deployed launchers together is not a limit on the deployed ones.
    [InlineData("Under New START, each side may keep up to 800 deployed launchers.", "unverifiable")]
    [InlineData("New START caps deployed and non-deployed launchers at 800.", "supported")]
    [InlineData(
        "Under New START, each side may keep no more than 800 deployed ICBMs, SLBMs and heavy bombers.",
        "unverifiable"
    )]
    [InlineData("New START caps deployed ICBMs, SLBMs and heavy bombers at 700.", "supported")]
    // What a state has not done, beside an act that is checked, is not supported by that act.
    [InlineData("China hasn't ratified the CTBT it signed in 1996.", "unverifiable")]
    [InlineData("China signed the CTBT in 1996.", "supported")]
    // A level that says which material another figure counts is part of that thing, not a limit of its own.
    [InlineData("The JCPOA's 300-kilogram stockpile limit covered uranium enriched to 60 percent.", "unverifiable")]
    [InlineData("Under the JCPOA, Iran could keep only uranium enriched up to 60 percent.", "contradicted")]
    // Whether a treaty has entered into force, with no date: its catalog date settles it, or nothing does.
    [InlineData("The Outer Space Treaty has already entered into force.", "supported")]
    [InlineData("The Outer Space Treaty hasn't entered into force.", "contradicted")]
    [InlineData("The CTBT has come into force.", "unverifiable")]
    [InlineData("The START I cuts were finished a few years after it entered into force.", "unverifiable")]
    // A figure that fits a part's limit (START I's 4,900 of its 6,000) is that limit only where the part is named.
    [InlineData("START I allowed each side a total of 4,900 warheads.", "unverifiable")]
    [InlineData("START I limited warheads on deployed ICBMs and SLBMs to 4,900.", "supported")]
    // Where the claim calls another figure the cap, this one says what was done.
    [InlineData(
        "Iran enriched uranium to 20 percent in 2012, well above the JCPOA's 3.67 percent cap.",
        "unverifiable"
    )]
    // A count of another day is not wrong for differing by what states joining or leaving since could change.
    [InlineData("The CWC now has 195 states parties.", "unverifiable")]
    [InlineData("The NPT has 150 states parties.", "contradicted")]
    // A length of time counted from another act that nothing compared.
    [InlineData(
        "Russia's CTBT ratification was withdrawn in November 2023, twenty years after it had been deposited.",
        "unverifiable"
    )]
    // A date before a past perfect is the time by which the act was done.
    [InlineData("In 1989, the CFE Treaty had been signed.", "contradicted")]
    [InlineData("By 1995, START I had entered into force.", "supported")]
    // How long a treaty lasted is not the time between two of its dated acts.
    [InlineData("Signed in Moscow in May 2002, SORT lasted less than nine years after taking effect.", "unverifiable")]
    // A figure the named treaty's own is compared with belongs to the other side of the comparison.
    [InlineData("The ban treaty needed only 50 ratifications, fewer than the 65 the CWC required.", "unverifiable")]
    // "took effect" of another treaty's act is not this treaty's entry into force.
    [InlineData(
        "Russia stopped observing START II in June 2002, a day after the U.S. exit from the ABM Treaty took effect.",
        "unverifiable"
    )]
    // When words were said, told by another event, is not compared.
    [InlineData("Peskov called the talks \"very positive\" on the day of the meeting.", "unverifiable")]
    // A date told from the one before it: "the following March", "the next year", "that same year", "N years to
    // the day later"; a part of a year or month: "the first days of", "the last weeks of", "the first half of".
    [InlineData("Signed in July 1991, START I came into force the following December.", "contradicted")]
    [InlineData("START I was signed in July 1991 and took effect three years later.", "supported")]
    [InlineData("New START, signed in April 2010, entered into force the next year.", "supported")]
    [InlineData("The Outer Space Treaty was signed in January 1967 and took effect that same year.", "supported")]
    [InlineData(
        "The CTBT opened for signature in September 1996 and entered into force that same year.",
        "unverifiable"
    )]
    [InlineData(
        "New START entered into force on 5 February 2011 and expired ten years to the day later.",
        "contradicted"
    )]
    [InlineData("The INF Treaty was signed in the last weeks of 1987.", "supported")]
    [InlineData("The INF Treaty was signed in the first half of 1987.", "contradicted")]
    [InlineData("New START was extended in the first days of February 2021.", "supported")]
    // "the same day <another act>" dates that other act, which is not this one's date.
    [InlineData("SORT ended on 5 February 2011, the same day New START took effect.", "unverifiable")]
    // "within a year of" another act is a length of time between the two.
    [InlineData("START I entered into force within a year of its signing.", "contradicted")]
    [InlineData("New START entered into force within a year of being signed.", "supported")]
    // A figure of what was done (destroyed, held) is a count, not a limit, beside a deadline's words.
    [InlineData("About 850 launchers had been eliminated under the INF Treaty by the deadline.", "unverifiable")]
    [InlineData("The INF Treaty required the elimination of its missiles by 1991.", "supported")]
    // A treaty left by a state that may have ended it is known in force after that only where a source says so.
    [InlineData("The JCPOA was in force in 2022.", "unverifiable")]
    [InlineData("The JCPOA was in force in 2016.", "supported")]
    // A past party count in a claim that gives another date is a count of that date.
    [InlineData("More than 20 states were parties to the CFE Treaty when it was signed in 1990.", "unverifiable")]
    // The weekday the words were said, against the day the sources date them to.
    [InlineData("On a Thursday, the Kremlin spokesman called the discussion \"very positive.\"", "contradicted")]
    // Where the claim names another event (talks, a meeting), the weekday may be that event's: not compared.
    [InlineData("On a Thursday, the Kremlin spokesman called the talks \"very positive.\"", "unverifiable")]
    // A treaty named in other capitals, or by the words of what it is about; one word alone names none.
    [InlineData("The open skies treaty took effect in 2002.", "supported")]
    [InlineData("The conventional forces treaty was signed in Paris in 1991.", "contradicted")]
    [InlineData("The bacteriological weapons convention took effect in 1975.", "supported")]
    [InlineData("The 1967 space treaty was signed in 1967.", "supported")]
    [InlineData("The missile treaty was signed in 1987.", "unverifiable")]
    [InlineData("The 1963 test-ban treaty was signed in 1963.", "unverifiable")]
    // A status "when" another act happened, at that act's date.
    [InlineData("The CWC was already in force when Russia ratified it in November 1997.", "supported")]
    [InlineData(
        "The ABM Treaty was no longer in force when the United States withdrew in December 2001.",
        "contradicted"
    )]
    // The verb of a length of time ("passed", "elapsed") is read with it.
    [InlineData("Less than a year elapsed between the signing of New START and its entry into force.", "supported")]
    [InlineData("Under a year passed between the signing of START I and its entry into force.", "contradicted")]
    // A state's act with no date of its own beside another act's date is checked as an undated act.
    [InlineData("China has ratified the CTBT it signed in 1996.", "unverifiable")]
    [InlineData("The United States suspended New START, which it signed in 2010.", "unverifiable")]
    // The order of two states' acts of one kind: told when both are recorded, contradicted only to the checked day.
    [InlineData("Britain ratified the CTBT before Russia did.", "supported")]
    [InlineData("The United States ratified the CWC after Russia did.", "contradicted")]
    [InlineData("China ratified the CTBT before Russia did.", "unverifiable")]
    // A date or place the claim gives for another act is not what a limit counts.
    [InlineData("START I, signed in Moscow in July 1991, allowed each side 7,000 warheads.", "contradicted")]
    // A place no aspect compared ("in Asia") keeps a limit from being supported.
    [InlineData("New START limits warheads in Asia to 1,550.", "unverifiable")]
    // A signing's place with no date of its own, beside another act's date, is compared.
    [InlineData("The CFE Treaty was signed in Vienna and took effect in November 1992.", "contradicted")]
    [InlineData("The CFE Treaty was signed in Paris and took effect in November 1992.", "supported")]
    // A place after another verb of the claim is that verb's, not the signing's.
    [InlineData("Medvedev, who signed New START in 2010, met Obama in Washington in June 2010.", "unverifiable")]
    public async Task A_claim_is_read_as_it_is_meant(string claim, string verdict)
    {
        var response = await api.Client.PostAsJsonAsync("/claims/check", new { claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(verdict, (string?)result["verdict"]);
    }
}
