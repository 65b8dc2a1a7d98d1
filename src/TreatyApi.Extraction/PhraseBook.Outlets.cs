namespace TreatyApi.Extraction;

/// <summary>The phrase book's vocabulary for outlets: frames before and after an outlet, descriptors, outlet
/// words. The builder and the index of all lists are in PhraseBook.cs.</summary>
public static partial class PhraseBook
{
    /// <summary>
    /// Frames that name the outlet after them: "told state news agency RIA Novosti", "according to Interfax".
    /// </summary>
    public static readonly Phrase[] OutletFramesBefore =
    [
        new("told", "\"We keep New START,\" Sergei Ryabkov told RIA Novosti.", "outlet RIA Novosti"),
        new("according to", "\"We keep New START,\" Sergei Ryabkov said, according to Interfax.", "outlet Interfax"),
        new(
            "in an interview with",
            "\"We keep New START,\" Sergei Ryabkov said in an interview with the Financial " + "Times.",
            "outlet Financial Times"
        ),
        new("quoted by", "\"We keep New START,\" Sergei Ryabkov said, quoted by TASS.", "outlet ITAR-TASS"),
        new("cited by", "\"We keep New START,\" Sergei Ryabkov was cited by Interfax as saying.", "outlet Interfax"),
        new(
            "interview with",
            "\"We keep New START,\" Ana Ruiz said in a separate interview with the daily Kommersant.",
            "outlet Kommersant"
        ),
        new("in comments to", "\"We keep New START,\" Sergei Ryabkov said in comments to Interfax.", "outlet Interfax"),
        new("wrote to", "\"We keep New START,\" Sergei Ryabkov wrote to Reuters.", "outlet Reuters"),
        new("speaking to", "\"We keep New START,\" Sergei Ryabkov said, speaking to ARD.", "outlet ARD"),
        new("wrote on", "\"We keep New START,\" Ana Ruiz wrote on Twitter.", "outlet Twitter"),
        new("posted on", "\"We keep New START,\" Ana Ruiz posted on Telegram.", "outlet Telegram"),
        new("in an interview on", "\"We keep New START,\" Ana Ruiz said in an interview on CNN.", "outlet CNN"),
        new(
            "carried by",
            "\"We keep the JCPOA,\" Ana Ruiz said in remarks carried by the IRNA news agency.",
            "outlet IRNA"
        ),
        new(
            "interview to",
            "\"We keep New START,\" Sergei Ryabkov said in an interview to Izvestia.",
            "outlet Izvestia"
        ),
        new(
            "published by",
            "\"We keep New START,\" Ana Ruiz said in an interview published by the daily Izvestia.",
            "outlet Izvestia"
        ),
    ];

    /// <summary>
    /// Frames with the outlet inside them: "said in a Telegram post", "in a BBC interview". The name must read as
    /// an outlet (an outlet word, a platform or a catalogued outlet).
    /// </summary>
    public static readonly Phrase[] OutletFramesAround =
    [
        new("post", "The ministry said in a Telegram post that New START was \"a closed chapter\".", "outlet Telegram"),
        new("interview", "\"The CTBT binds us still,\" Ana Ruiz said in a BBC interview.", "outlet BBC"),
        new(
            "op-ed",
            "Ana Ruiz wrote in a Washington Post op-ed that the TPNW was \"no threat to anyone\".",
            "outlet Washington Post"
        ),
    ];

    /// <summary>
    /// Outlets the text names only by what they are, after a speech frame ("told state television", "said on state
    /// TV"): the phrase is the outlet.
    /// </summary>
    public static readonly Phrase[] UnnamedOutlets =
    [
        new(
            "state television",
            "\"We will answer in kind,\" Ana Ruiz told state television about the INF Treaty.",
            "outlet state television"
        ),
        new("state TV", "\"We will answer in kind,\" Ana Ruiz said on state TV of the INF Treaty.", "outlet state TV"),
        new("state radio", "\"The JCPOA is not dead,\" Ana Ruiz told state radio on Sunday.", "outlet state radio"),
        new(
            "state media",
            "\"The CTBT binds us still,\" Ana Ruiz said, speaking to state media.",
            "outlet state media"
        ),
        new(
            "state news agency",
            "\"New START is over,\" Ana Ruiz told the state news agency.",
            "outlet state news agency"
        ),
        new(
            "national television",
            "\"We will sign the TPNW,\" Ana Ruiz said on national television.",
            "outlet national television"
        ),
        new(
            "public broadcaster",
            "\"We will sign the TPNW,\" Ana Ruiz told the public broadcaster.",
            "outlet public broadcaster"
        ),
    ];

    /// <summary>
    /// Words that stand for an outlet named earlier in the text: "she told the newspaper", "said in the interview".
    /// The outlet is the first one the text names: an interview story names its outlet in the lead.
    /// </summary>
    public static readonly Phrase[] OutletAnaphors =
    [
        new(
            "told the newspaper",
            "In an interview with the Financial Times, Ana Ruiz defended New START. "
                + "\"It holds,\" she told the newspaper.",
            "outlet Financial Times"
        ),
        new(
            "told the paper",
            "In an interview with the Financial Times, Ana Ruiz defended New START. "
                + "\"It holds,\" she told the paper.",
            "outlet Financial Times"
        ),
        new(
            "told the agency",
            "In an interview with Interfax, Ana Ruiz defended New START. " + "\"It holds,\" she told the agency.",
            "outlet Interfax"
        ),
        new(
            "told the news agency",
            "In an interview with Interfax, Ana Ruiz defended New START. " + "\"It holds,\" she told the news agency.",
            "outlet Interfax"
        ),
        new(
            "told the broadcaster",
            "In an interview with the BBC, Ana Ruiz defended New START. " + "\"It holds,\" she told the broadcaster.",
            "outlet BBC"
        ),
        new(
            "told the daily",
            "In an interview with the daily Kommersant, Ana Ruiz defended New START. "
                + "\"It holds,\" she told the daily.",
            "outlet Kommersant"
        ),
        new(
            "asked by the newspaper",
            "In an interview with the Financial Times, Ana Ruiz defended New START. "
                + "Asked by the newspaper about the TPNW, Ruiz said it was \"a distraction for now\".",
            "outlet Financial Times"
        ),
        new(
            "in the interview",
            "In an interview with Interfax, Ana Ruiz defended New START. " + "\"It holds,\" she said in the interview.",
            "outlet Interfax"
        ),
    ];

    /// <summary>Descriptors between a frame and an outlet's name ("state news agency RIA Novosti").</summary>
    public static readonly string[] OutletDescriptors =
    [
        "the",
        "state",
        "state-run",
        "state-owned",
        "news",
        "agency",
        "wire",
        "service",
        "German",
        "Russian",
        "broadcaster",
        "public",
        "newspaper",
        "daily",
        "television",
        "channel",
        "radio",
        "station",
        "British",
        "American",
        "French",
        "business",
        "weekly",
        "magazine",
        "the German",
        "the Russian",
        "public broadcaster",
        "Austrian",
        "Swiss",
        "Italian",
        "Spanish",
        "Japanese",
        "Chinese",
        "Iranian",
        "Polish",
        "Dutch",
        "Swedish",
        "Korean",
        "Indian",
        "Turkish",
        "Israeli",
        "Ukrainian",
        "Mexican",
        "Brazilian",
        "Canadian",
        "Australian",
        "Vienna",
        "Moscow",
        "London",
        "Berlin",
        "Paris",
        "Tokyo",
        "Geneva",
        "financial",
        "independent",
        "online",
    ];

    /// <summary>Frames with the outlet before them: "the agency reported", "(RIA Novosti, June 18)".</summary>
    public static readonly string[] OutletFramesAfter = ["reported", "said", "quoted", "cited", "wrote"];

    /// <summary>Nouns that end an outlet's name when the catalog does not know it ("Kommersant newspaper").</summary>
    public static readonly string[] OutletWords =
    [
        "Times",
        "Post",
        "News",
        "Journal",
        "Novosti",
        "TASS",
        "Interfax",
        "Reuters",
        "Press",
        "Agency",
        "Gazette",
        "Herald",
        "Tribune",
        "Guardian",
        "Telegraph",
        "Kommersant",
        "Izvestia",
        "ARD",
        "ZDF",
        "BBC",
        "CNN",
        "NHK",
        "Spiegel",
        "Monde",
        "Bloomberg",
        "Politico",
        "Axios",
        "Economist",
        "Xinhua",
        "IRNA",
        "Tasnim",
        "Fars",
        "Yonhap",
        "Kyodo",
        "Chronicle",
        "Wire",
        "Newswire",
        "Vedomosti",
        "RIA",
    ];
}
