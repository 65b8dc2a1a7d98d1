namespace TreatyApi.Extraction;

/// <summary>The phrase book's vocabulary for quotations: speech verbs, speaking bodies, documents, titles, given
/// names. The builder and the index of all lists are in PhraseBook.cs.</summary>
public static partial class PhraseBook
{
    /// <summary>Verbs that attribute a quotation to the subject before them or the name after them.</summary>
    public static readonly string[] SpeechVerbs =
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "stated",
        "states",
        "declared",
        "declares",
        "noted",
        "notes",
        "warned",
        "warns",
        "insisted",
        "insists",
        "argued",
        "argues",
        "asserted",
        "remarked",
        "announced",
        "explained",
        "wrote",
        "writes",
        "described",
        "describes",
        "called",
        "calls",
        "stressed",
        "emphasized",
        "emphasised",
        "replied",
        "responded",
        "commented",
        "acknowledged",
        "admitted",
        "claimed",
        "urged",
        "vowed",
        "pledged",
        "according to",
        // "According to Ruiz, Moscow has \"no reason to wait\"": the source named first, at a sentence's start.
        "According to",
        "pointed out",
        "reads",
        "read",
        "concluded",
        "continued",
        "cautioned",
        "recalled",
        "observed",
        "complained",
        "predicted",
        "conceded",
        "agreed",
        "countered",
        "underlined",
        "underscored",
        "reiterated",
        "confirmed",
        "expressed",
        "welcomed",
        "regretted",
        "added that",
        "wrote in",
        "told reporters",
        "posted",
        "tweeted",
        "summed up",
        "summed it up",
        "put it",
        "saying",
        "adding",
        "calling",
        "describing",
        "warning",
        "noting",
        "insisting",
        "arguing",
        "stressing",
        // Verbs that characterise something in the subject's own words: "branded the accord \"a relic\"".
        "branded",
        "labelled",
        "labeled",
        "termed",
    ];

    /// <summary>
    /// Verbs that give the subject's words only after "as": "dismissed the figure as \"…\"". Without "as" the
    /// quotation is often someone else's words ("rejected the demand to \"return to compliance\""), so these
    /// attribute a quotation only when "as" leads into it. After them, as after an addressee verb, a name is what
    /// the words are about, never the speaker.
    /// </summary>
    public static readonly Phrase[] CharacterisingVerbs =
    [
        new(
            "dismissed",
            "Omar Haddad dismissed the estimate of the CTBT monitors as \"guesswork with a budget\".",
            "quote Omar Haddad"
        ),
        new("dismisses", "Omar Haddad dismisses the NPT review as \"a ritual without results\".", "quote Omar Haddad"),
        new(
            "denounced",
            "Ana Ruiz denounced Belarus's plan under the INF Treaty as \"a step into the dark\".",
            "quote Ana Ruiz"
        ),
        new("rejected", "Ana Ruiz rejected the claims about the JCPOA as \"baseless and late\".", "quote Ana Ruiz"),
        new("condemned", "Ana Ruiz condemned the test under the CTBT as \"reckless theatre\".", "quote Ana Ruiz"),
        new(
            "hailed",
            "Ana Ruiz hailed Chile's ratification of the TPNW as \"a brave and timely act\".",
            "quote Ana Ruiz"
        ),
        new("slammed", "Omar Haddad slammed the Open Skies Treaty exit as \"a gift to secrecy\".", "quote Omar Haddad"),
        new("criticised", "Omar Haddad criticised the New START talks as \"too slow by half\".", "quote Omar Haddad"),
        new("criticized", "Omar Haddad criticized the New START talks as \"too slow by half\".", "quote Omar Haddad"),
    ];

    /// <summary>
    /// A participle that continues the previous quotation's sentence: "…\" Ruiz said, adding that \"…\"". Its
    /// subject is that sentence's, the previous quotation's speaker.
    /// </summary>
    public static readonly Phrase[] ContinuingParticiples =
    [
        new(
            "adding",
            "Ana Ruiz said the CTBT was \"alive\", adding that the monitoring network was \"never stronger\".",
            "quote Ana Ruiz"
        ),
        new(
            "saying",
            "Ana Ruiz called the INF Treaty \"history\", saying the allies had \"moved on long ago\".",
            "quote Ana Ruiz"
        ),
        new(
            "noting",
            "Ana Ruiz said the NPT was \"under strain\", noting that the review had \"failed twice\".",
            "quote Ana Ruiz"
        ),
        new(
            "warning",
            "Ana Ruiz said the JCPOA was \"on life support\", warning that time was \"running out fast\".",
            "quote Ana Ruiz"
        ),
        new(
            "stressing",
            "Ana Ruiz said New START limits were \"still observed\", stressing that both sides \"count carefully\".",
            "quote Ana Ruiz"
        ),
    ];

    /// <summary>
    /// Speech verbs after which a name is whom the words are addressed to or about, never the speaker: "urged Iran
    /// to", "told Reuters", "called Washington's move". Only "said Lavrov"-like verbs take their speaker after them.
    /// </summary>
    public static readonly Phrase[] AddresseeVerbs =
    [
        new("branded", "Ana Ruiz branded Moscow's INF Treaty proposal \"a stunt\".", "quote Ana Ruiz"),
        new("labelled", "Ana Ruiz labelled Tehran's JCPOA offer \"too little, too late\".", "quote Ana Ruiz"),
        new("labeled", "Ana Ruiz labeled Tehran's JCPOA offer \"too little, too late\".", "quote Ana Ruiz"),
        new("termed", "Ana Ruiz termed Minsk's CTBT pledge \"words on water\".", "quote Ana Ruiz"),
        new(
            "urged",
            "Ana Ruiz said the TPNW was \"a beginning\" and urged Japan to \"join without delay\".",
            "quote Ana Ruiz"
        ),
        new(
            "told",
            "Ana Ruiz spoke about New START. \"It is over,\" she told Omar Haddad on Tuesday.",
            "quote Ana Ruiz"
        ),
        new("tells", "Ana Ruiz spoke about New START. \"It is over,\" she tells Omar Haddad.", "quote Ana Ruiz"),
        new(
            "called",
            "Ana Ruiz welcomed the vote on the TPNW and called Japan's abstention \"a missed chance\".",
            "quote Ana Ruiz"
        ),
        new(
            "calls",
            "Ana Ruiz welcomes the vote on the TPNW and calls Japan's abstention \"a missed chance\".",
            "quote Ana Ruiz"
        ),
        new(
            "described",
            "Ana Ruiz spoke on the CTBT and described Russia's step as \"a grave mistake\".",
            "quote Ana Ruiz"
        ),
        new(
            "warned",
            "Ana Ruiz spoke on the INF Treaty and warned Moscow that \"the clock is running\".",
            "quote Ana Ruiz"
        ),
        new("warns", "Ana Ruiz warns Moscow that \"the clock is running\" on the INF Treaty.", "quote Ana Ruiz"),
        new("welcomed", "Ana Ruiz welcomed Chile's \"brave and timely\" ratification of the TPNW.", "quote Ana Ruiz"),
        new(
            "cautioned",
            "Ana Ruiz spoke on the CTBT and cautioned Washington against \"any return to testing\".",
            "quote Ana Ruiz"
        ),
    ];

    /// <summary>
    /// Roles of a source the text does not name: "a senior European diplomat said", "a spokesperson for the French
    /// foreign ministry said". The phrase, with its article and qualifiers, is the speaker.
    /// </summary>
    public static readonly Phrase[] AnonymousRoles =
    [
        new("diplomat", "\"New START is dead,\" a senior European diplomat said.", "quote a senior European diplomat"),
        new("official", "\"New START is dead,\" a U.S. official said.", "quote a U.S. official"),
        new(
            "spokesperson",
            "\"We will never sign the TPNW,\" a spokesperson for the French foreign ministry said.",
            "quote a spokesperson for the French foreign ministry"
        ),
        new(
            "spokesman",
            "\"We keep New START,\" a spokesman for the Kremlin said.",
            "quote a spokesman for the Kremlin"
        ),
        new(
            "spokeswoman",
            "\"We keep New START,\" a Foreign Office spokeswoman said.",
            "quote a Foreign Office spokeswoman"
        ),
        new(
            "negotiator",
            "\"The JCPOA talks stalled,\" a senior Iranian negotiator said.",
            "quote a senior Iranian negotiator"
        ),
        new("source", "\"New START talks are off,\" a diplomatic source said.", "quote a diplomatic source"),
        new("envoy", "\"The CTBT still matters,\" one Western envoy said.", "quote one Western envoy"),
        new(
            "delegate",
            "An African delegate said the CTBT draft was \"a step, not a leap\".",
            "quote An African delegate"
        ),
        new(
            "aide",
            "\"The New START numbers are not on the table,\" a senior congressional aide said.",
            "quote a senior congressional aide"
        ),
        new(
            "lawmaker",
            "\"We will not ratify the CTBT this year,\" one Republican lawmaker said.",
            "quote one Republican lawmaker"
        ),
        new("adviser", "\"The INF Treaty era is over,\" a government adviser said.", "quote a government adviser"),
        new(
            "inspector",
            "One veteran IAEA inspector recalled the JCPOA years. \"We saw everything then,\" she said.",
            "quote One veteran IAEA inspector"
        ),
    ];

    /// <summary>
    /// Roles that stand for the one person named shortly before them: "the senior Russian diplomat said" after
    /// "Sergei Ryabkov" is Ryabkov. With two people named nearby the role stays a body.
    /// </summary>
    public static readonly Phrase[] PersonRoleReferences =
    [
        new(
            "diplomat",
            "Sergei Ryabkov spoke in Geneva on Friday. "
                + "\"New START can survive,\" the senior Russian diplomat said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "official",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the official said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "envoy",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the envoy said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "negotiator",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the veteran negotiator said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "minister",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the deputy minister said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "ambassador",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the Russian ambassador said.",
            "quote Sergei Ryabkov"
        ),
        // A head of state or of an agency, referred to by the role a paragraph or more after the name: the one person
        // the text names with that role (two presidents named leave "the president" unsure).
        new(
            "president",
            "President Tomas Varga spoke in Vienna on Friday.\n\nHe met envoys of the CTBT states.\n\n"
                + "\"The CTBT must enter into force,\" the President said.",
            "quote Tomas Varga"
        ),
        new(
            "chief",
            "Inspectors will return, said Director General Lena Marsh of the Agency.\n\nShe met envoys on the "
                + "JCPOA.\n\nThe Agency chief announced that \"the first team is back\".",
            "quote Lena Marsh"
        ),
        new(
            "director general",
            "Director General Lena Marsh of the Agency spoke in Vienna.\n\nThe JCPOA talks went on for hours.\n\n"
                + "The director general asserted: \"Inspections must resume.\"",
            "quote Lena Marsh"
        ),
        new(
            "spokesperson",
            "Foreign Ministry spokesperson Li Wen took questions on the CTBT on Monday.\n\nLi said the test ban "
                + "was a norm.\n\nStates made a commitment to \"stop all testing,\" the spokesperson said.",
            "quote Li Wen"
        ),
    ];

    /// <summary>Organisations and documents that speak: "the alliance said", "reads the final document".</summary>
    public static readonly Phrase[] SpeakingBodies =
    [
        new(
            "the alliance",
            "\"The door stays open,\" the alliance said in a communiqué about the INF Treaty.",
            "quote the alliance"
        ),
        new("the ministry", "\"We regret this step,\" the ministry said about the CTBT.", "quote the ministry"),
        // The spokesperson named before; one no one named is withheld (a role, not a body: "body-role" in
        // StatementExtractor.Classes).
        new(
            "the spokesperson",
            "Kremlin spokesperson Dmitry Peskov took questions. \"We are studying it,\" the spokesperson said about "
                + "New START.",
            "quote Dmitry Peskov"
        ),
        new(
            "the final document",
            "\"All parties recommit to the NPT,\" reads the final document.",
            "quote the final document"
        ),
        new(
            "the statement",
            "\"Russia remains ready for dialogue,\" the statement said of New START.",
            "quote the statement"
        ),
        new(
            "the communiqué",
            "\"Allies stand united,\" the communiqué said of the INF Treaty.",
            "quote the communiqué"
        ),
        new(
            "the treaty",
            "\"Each Party shall have the right to withdraw,\" the treaty says of the INF Treaty.",
            "quote the treaty"
        ),
        new("the text", "\"Each Party shall,\" the text reads, under the CTBT.", "quote the text"),
        new("the department", "\"We saw the report,\" the department said of New START.", "quote the department"),
        new("the embassy", "\"No decision has been taken,\" the embassy said of New START.", "quote the embassy"),
        new("the Kremlin", "\"The door is open,\" the Kremlin said of New START.", "quote Kremlin"),
        new("the government", "\"We will ratify the CTBT,\" the government said.", "quote the government"),
        new("the agency", "\"Inspectors were denied access,\" the agency said of the JCPOA.", "quote the agency"),
        // A person's role speaks for the one person of that role named before it; alone it names no one
        // (StatementExtractor.Resolve), so these examples name the person first.
        new(
            "the official",
            "Deputy Minister Lena Marsh spoke on Monday. \"No talks are planned,\" the official said of New START.",
            "quote Lena Marsh"
        ),
        new(
            "the diplomat",
            "Ambassador Lena Marsh spoke on Monday. \"It is not alarming,\" the diplomat said of the JCPOA.",
            "quote Lena Marsh"
        ),
        new(
            "the envoy",
            "Envoy Lena Marsh spoke on Monday. \"It is not over,\" the envoy pointed out about New START.",
            "quote Lena Marsh"
        ),
        new(
            "the negotiator",
            "A senior Iranian negotiator spoke in Vienna. \"The JCPOA is alive,\" the negotiator said.",
            "quote A senior Iranian negotiator"
        ),
        // A head's role with no name: the one person named with that role before it (PersonRoleReferences).
        new(
            "the president",
            "President Tomas Varga spoke on Friday. \"The CTBT must enter into force,\" the president told reporters.",
            "quote Tomas Varga"
        ),
        new(
            "the director general",
            "Director General Lena Marsh spoke on Friday. \"The JCPOA is alive,\" the director general said.",
            "quote Lena Marsh"
        ),
        new(
            "the director-general",
            "Director-General Lena Marsh spoke on Friday. \"The CWC works,\" the director-general said.",
            "quote Lena Marsh"
        ),
        new(
            "the minister",
            "Foreign Minister Lena Marsh spoke in Minsk.\n\n\"The CFE Treaty is long dead,\" the minister added.",
            "quote Lena Marsh"
        ),
        new(
            "the spokesman",
            "Kremlin spokesman Oleg Dabrov briefed reporters on Tuesday.\n\nThe talks went on.\n\n\"The Open Skies "
                + "Treaty can be discussed,\" the spokesman said.",
            "quote Oleg Dabrov"
        ),
        new(
            "the spokeswoman",
            "Spokeswoman Lena Marsh briefed reporters on Tuesday.\n\nThe talks went on.\n\n\"The Open Skies Treaty "
                + "can be discussed,\" the spokeswoman said.",
            "quote Lena Marsh"
        ),
        new("the council", "\"Allies agree,\" the council said about the Open Skies Treaty.", "quote the council"),
        new(
            "the declaration",
            "\"Nuclear threats are unacceptable,\" reads the declaration on the TPNW.",
            "quote the declaration"
        ),
        new("the report", "\"Russia complied,\" the report said of the INF Treaty.", "quote the report"),
        // A document made by an organisation named before speaks for it ("a study by the … Group").
        new(
            "the study",
            "A study by the Verification Research Group came out on Monday. \"The CTBT network works,\" the study "
                + "says.",
            "quote Verification Research Group"
        ),
        // Wire copy often drops the accent.
        new(
            "the communique",
            "In Oslo the communique, issued after two days of talks, warned that \"the INF Treaty era is over\".",
            "quote the communique"
        ),
        new(
            "the resolution",
            "\"All states should sign the CTBT without delay,\" the resolution says.",
            "quote the resolution"
        ),
    ];

    /// <summary>
    /// Verbs by which a document's own words are quoted: "Article I prohibits \"…\"". Read only with a document
    /// as subject (an article, a treaty by name, "the declaration"), so that a person's verb stays a person's.
    /// </summary>
    public static readonly Phrase[] DocumentVerbs =
    [
        new("prohibits", "Article I of the CTBT prohibits \"any nuclear explosion\" anywhere.", "quote Article I"),
        new(
            "bans",
            "Article IV of the Outer Space Treaty bans \"weapons of mass destruction\" in orbit.",
            "quote Article IV"
        ),
        new(
            "forbids",
            "Article VI of the INF Treaty forbids \"the production of such missiles\" by either party.",
            "quote Article VI"
        ),
        new(
            "obliges",
            "Article VI obliges every party to the NPT \"to pursue negotiations in good faith\".",
            "quote Article VI"
        ),
        new(
            "requires",
            "Article II of New START requires \"each Party to reduce its arms\" over seven years.",
            "quote Article II"
        ),
        new(
            "commits",
            "Article III of the CFE Treaty commits parties \"to count every tank\" on their soil.",
            "quote Article III"
        ),
        new(
            "recognises",
            "Article IV of the NPT recognises the \"inalienable right\" of all parties.",
            "quote Article IV"
        ),
        new(
            "recognizes",
            "Article IV of the NPT recognizes the \"inalienable right\" of all parties.",
            "quote Article IV"
        ),
        new(
            "allows",
            "Article XV of the ABM Treaty allows withdrawal if \"extraordinary events\" occur.",
            "quote Article XV"
        ),
        new(
            "allowed",
            "Article XV of the ABM Treaty allowed withdrawal if \"extraordinary events\" occurred.",
            "quote Article XV"
        ),
        new("permits", "Article X of the NPT permits withdrawal if \"extraordinary events\" occur.", "quote Article X"),
        new(
            "provides",
            "Article XIV of the CTBT provides for \"a conference of ratifying states\" every two years.",
            "quote Article XIV"
        ),
        new(
            "states",
            "Article II of the TPNW states that each party \"shall submit a declaration\" in time.",
            "quote Article II"
        ),
        new(
            "says",
            "Article I of the BWC says parties must \"never in any circumstances\" acquire such agents.",
            "quote Article I"
        ),
        new(
            "undertake",
            "Under Article I of the BWC, states parties undertake \"never to develop\" such agents.",
            "quote Article I"
        ),
        new(
            "commit",
            "Nuclear states commit under Article VI of the NPT to negotiate \"in good faith\".",
            "quote Article VI"
        ),
        new(
            "brands",
            "The TPNW meeting ended with a declaration that brands deterrence \"a dangerous gamble\".",
            "quote the declaration"
        ),
        new(
            "rejecting",
            "The TPNW states adopted a declaration rejecting deterrence as \"a false promise\" of security.",
            "quote the declaration"
        ),
        new(
            "rejects",
            "The final document rejects \"any return to nuclear testing\" under the CTBT.",
            "quote the final document"
        ),
        new(
            "urges",
            "The resolution urges all states to join the CTBT \"without delay or conditions\".",
            "quote the resolution"
        ),
        new(
            "calls on",
            "After the summit the communiqué calls on Russia to return to New START \"in full and at once\".",
            "quote the communiqué"
        ),
        new(
            "called for",
            "Its final document had called for \"deep and verifiable cuts\" under the NPT.",
            "quote the final document"
        ),
        new(
            "calls for",
            "In Vienna the declaration adopted by the conference calls for \"a world without nuclear tests\" (CTBT).",
            "quote the declaration"
        ),
        new(
            "bars",
            "Article IV of the Outer Space Treaty is clear. "
                + "That article bars \"weapons of mass destruction\" in orbit.",
            "quote Article IV"
        ),
        new(
            "said",
            "The draft final document, seen by reporters, said NPT parties were \"gravely concerned\" about arsenals.",
            "quote the draft final document"
        ),
        new(
            "describes",
            "The joint statement describes New START as \"a pillar of strategic stability\".",
            "quote the joint statement"
        ),
        new(
            "expresses",
            "The declaration expresses \"deep concern\" at threats to use nuclear weapons under the TPNW.",
            "quote the declaration"
        ),
        new(
            "condemns",
            "The resolution condemns \"in the strongest terms\" the test, in breach of the CTBT.",
            "quote the resolution"
        ),
        new(
            "reaffirms",
            "The communiqué reaffirms that a nuclear war \"cannot be won and must never be fought\" under the NPT.",
            "quote the communiqué"
        ),
        new(
            "stresses",
            "The report stresses the need for \"robust verification\" under the JCPOA.",
            "quote the report"
        ),
        new(
            "according to",
            "According to the draft, NPT states would commit to \"concrete and measurable steps\" by 2030.",
            "quote the draft"
        ),
    ];

    /// <summary>
    /// Nouns that make a capitalised run an organisation that can speak ("Foreign Ministry", "North Atlantic Council").
    /// </summary>
    public static readonly string[] OrganisationHeads =
    [
        "Ministry",
        "Department",
        "Council",
        "Office",
        "Agency",
        "Organization",
        "Organisation",
        "Commission",
        "Committee",
        "Secretariat",
        "Kremlin",
        "Embassy",
        "Mission",
        "Alliance",
        "Government",
        "Parliament",
        "Duma",
        "Senate",
        "Cabinet",
        "Presidency",
        "Union",
        "Nations",
        "Commission",
        // Research groups and campaigns that arms-control reporting quotes as often as governments ("the Arms
        // Control Association said", "a statement by the Nuclear Threat Initiative").
        "Association",
        "Institute",
        "Initiative",
        "Center",
        "Centre",
        "Foundation",
        "Coalition",
        "Network",
        "Campaign",
        "Project",
        "Group",
    ];

    /// <summary>
    /// Titles: kept apart from the name they stand before ("Deputy Foreign Minister Sergei Ryabkov").
    /// </summary>
    public static readonly string[] Titles =
    [
        "Deputy",
        "Foreign",
        // "Minister of Foreign Affairs Aibek Sarsenov": the title's last word, not the name's first.
        "Affairs",
        "Defense",
        "Defence",
        "Minister",
        "Secretary",
        "President",
        "Vice",
        "Prime",
        "Premier",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Press",
        "Ambassador",
        "General",
        "Gen",
        "Senator",
        "Sen",
        "Representative",
        "Rep",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Director",
        "Director-General",
        "Undersecretary",
        "Under",
        "Assistant",
        "State",
        "Chief",
        "Envoy",
        "Special",
        "Adviser",
        "Advisor",
        "National",
        "Security",
        "Former",
        "Retired",
        "Acting",
        "Lt",
        "Colonel",
        "Admiral",
        "Commander",
        "Official",
        "Officials",
        "Russian",
        "American",
        "Chinese",
        "British",
        "French",
        "German",
        "Iranian",
        "Kremlin",
        "Pentagon",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Duma",
        "Speaker",
        "Executive",
        "Secretary-General",
        "Executive Secretary",
        "Senior",
        "Fellow",
        "Professor",
        "Prof",
        "Analyst",
        "Lawmaker",
        "Negotiator",
        "Lead",
        "Top",
        "Arms",
        "Control",
        "Disarmament",
        "Nonproliferation",
        "U.S.",
        "UN",
        "NATO",
        "EU",
        "Iran's",
        "Russia's",
        "Israeli",
        "Japanese",
        "Foreign Minister",
        "Survivor",
        "Campaigner",
        "Activist",
        "Researcher",
        "Director-general",
        "Head",
        "Commissioner",
        "Governor",
        "Mayor",
    ];

    /// <summary>Pronouns that stand for the last compatible person named.</summary>
    public static readonly string[] Pronouns = ["he", "she", "He", "She"];

    /// <summary>
    /// Given names that tell "she" from "he" when the text does not: a pronoun skips a person whose given name is
    /// on the other list. A name on neither list is compatible with both.
    /// </summary>
    public static readonly HashSet<string> MaleGivenNames = new(StringComparer.Ordinal)
    {
        "Sergei",
        "Sergey",
        "Dmitry",
        "Dmitri",
        "Vladimir",
        "Alexander",
        "Alexei",
        "Aleksei",
        "Andrei",
        "Mikhail",
        "Nikolai",
        "Pavel",
        "Ivan",
        "Yuri",
        "Gennady",
        "Konstantin",
        "Vassily",
        "Vasily",
        "Igor",
        "Oleg",
        "Boris",
        "Viktor",
        "Mark",
        "Michael",
        "John",
        "James",
        "Robert",
        "William",
        "David",
        "Richard",
        "Thomas",
        "Daniel",
        "Joseph",
        "Joe",
        "Barack",
        "Donald",
        "George",
        "Bill",
        "Antony",
        "Anthony",
        "Marco",
        "Jens",
        "Heiko",
        "Olaf",
        "Rolf",
        "Frank",
        "Peter",
        "Paul",
        "Benjamin",
        "Abbas",
        "Hassan",
        "Mohammad",
        "Ali",
        "Javad",
        "Reza",
        "Juan",
        "Carlos",
        "Rafael",
        "Emmanuel",
        "Josep",
        "Xavier",
        "Hans",
        "Klaus",
        "Helmut",
        "Jan",
        "Ahmed",
        "Omar",
        "Kim",
        "Marc",
        "Jean",
        "Pierre",
        "Luis",
        "Jorge",
        "Pedro",
        "Miguel",
        "Tom",
        "Karl",
        "Stefan",
        "Andreas",
        "Martin",
        "Simon",
        "Luca",
        "Mohammed",
        "Muhammad",
        "Ahmad",
    };
    public static readonly HashSet<string> FemaleGivenNames = new(StringComparer.Ordinal)
    {
        "Anna",
        "Ana",
        "Maria",
        "Maria",
        "Natalia",
        "Natalya",
        "Elena",
        "Helena",
        "Olga",
        "Irina",
        "Tatiana",
        "Svetlana",
        "Maria",
        "Mary",
        "Laura",
        "Ruth",
        "Sarah",
        "Susan",
        "Hillary",
        "Kamala",
        "Nancy",
        "Rose",
        "Beatrice",
        "Setsuko",
        "Melissa",
        "Luisa",
        "Angela",
        "Annalena",
        "Ursula",
        "Kaja",
        "Federica",
        "Catherine",
        "Jennifer",
        "Karen",
        "Linda",
        "Patricia",
        "Elizabeth",
        "Jane",
        "Emma",
        "Julia",
        "Sophie",
        "Claire",
        "Mao",
        "Izumi",
        "Bonnie",
        "Rebecca",
        "Victoria",
        "Wendy",
        "Samantha",
        "Nikki",
        "Linda",
        "Christine",
        "Marta",
        "Katarzyna",
        "Marie",
        "Anne",
        "Ingrid",
        "Claudia",
        "Clara",
        "Sara",
        "Eva",
        "Lucia",
        "Carmen",
        "Isabel",
        "Fatima",
        "Leila",
    };
}
