using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Scoring;

/// <summary>
/// An instrument validated once and prepared for scoring. Compile an instrument once and score any number of
/// response sets with it; <see cref="InstrumentCatalog"/> compiles its instruments when it is created. Immutable and
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var compiled = CompiledInstrument.Compile(InstrumentLoader.LoadFile("my-instrument.json"));
/// var scorer = new AssessmentScorer();
/// foreach (var set in responseSets)
/// {
///     var result = scorer.Score(compiled, set);
/// }
/// </code>
/// </example>
public sealed class CompiledInstrument
{
    internal const int NoPool = 0;
    internal const int LeadershipPool = 1;
    internal const int FrontlinePool = 2;

    private readonly ResponseSetValidator _responseSetValidator;
    private readonly ResponseValidator _responseValidator;

    private CompiledInstrument(Instrument instrument)
    {
        Instrument = instrument;
        Sections = [.. instrument.Sections];
        Domains = [.. instrument.Domains];
        Items = [.. instrument.Items];
        Groups = [.. instrument.Groups];

        Outcomes = [.. instrument.Outcomes ?? []];
        Columns = Items.Length + Outcomes.Length;
        ItemIndex = new Dictionary<string, int>(Columns, StringComparer.Ordinal);
        AllowsNotApplicable = new bool[Columns];
        ColumnMin = new int[Columns];
        ColumnMax = new int[Columns];
        for (var i = 0; i < Items.Length; i++)
        {
            ItemIndex[Items[i].Id] = i;
            AllowsNotApplicable[i] = Items[i].AllowNotApplicable;
            ColumnMin[i] = instrument.Scale.Min;
            ColumnMax[i] = instrument.Scale.Max;
        }

        // Outcome items follow the items as columns of the response matrix; they never allow not-applicable.
        for (var o = 0; o < Outcomes.Length; o++)
        {
            ItemIndex[Outcomes[o].Id] = Items.Length + o;
            ColumnMin[Items.Length + o] = Outcomes[o].Scale.Min;
            ColumnMax[Items.Length + o] = Outcomes[o].Scale.Max;
        }

        GroupIndex = new Dictionary<string, int>(Groups.Length, StringComparer.Ordinal);
        GroupPool = new int[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            GroupIndex[Groups[g].Id] = g;
            GroupPool[g] = Groups[g].Pool switch
            {
                GroupPools.Leadership => LeadershipPool,
                GroupPools.Frontline => FrontlinePool,
                _ => NoPool,
            };
        }

        DomainFirstItem = new int[Domains.Length + 1];
        DomainSection = new int[Domains.Length];
        ItemDomain = new int[Items.Length];
        int domain = 0, item = 0;
        for (var s = 0; s < Sections.Length; s++)
        {
            foreach (var d in Sections[s].Domains)
            {
                DomainSection[domain] = s;
                DomainFirstItem[domain] = item;
                for (var i = 0; i < d.Items.Count; i++)
                {
                    ItemDomain[item++] = domain;
                }

                domain++;
            }
        }

        DomainFirstItem[Domains.Length] = item;
        TotalDomainWeight = Domains.Sum(d => d.Weight);
        HasBothPools = GroupPool.Contains(LeadershipPool) && GroupPool.Contains(FrontlinePool);
        _responseSetValidator = new ResponseSetValidator(instrument);
        _responseValidator = new ResponseValidator(instrument);
    }

    /// <summary>The instrument, unchanged.</summary>
    public Instrument Instrument { get; }

    internal Section[] Sections { get; }

    internal Domain[] Domains { get; }

    internal Item[] Items { get; }

    internal RespondentGroup[] Groups { get; }

    internal OutcomeItem[] Outcomes { get; }

    /// <summary>The columns of the response matrix: the items, then the outcome items.</summary>
    internal int Columns { get; }

    /// <summary>The column of each item and outcome id (outcome <c>o</c> is column <c>Items.Length + o</c>).</summary>
    internal Dictionary<string, int> ItemIndex { get; }

    /// <summary>Per column, whether <c>not-applicable</c> is an answer.</summary>
    internal bool[] AllowsNotApplicable { get; }

    /// <summary>Per column, the lowest level of its scale.</summary>
    internal int[] ColumnMin { get; }

    /// <summary>Per column, the highest level of its scale.</summary>
    internal int[] ColumnMax { get; }

    internal Dictionary<string, int> GroupIndex { get; }

    /// <summary>The pool of each group: <see cref="NoPool"/>, <see cref="LeadershipPool"/> or <see cref="FrontlinePool"/>.</summary>
    internal int[] GroupPool { get; }

    /// <summary>The index of each domain's first item; one extra entry holds the item count.</summary>
    internal int[] DomainFirstItem { get; }

    internal int[] DomainSection { get; }

    internal int[] ItemDomain { get; }

    internal double TotalDomainWeight { get; }

    internal bool HasBothPools { get; }

    /// <summary>Validates <paramref name="instrument"/> and prepares it for scoring.</summary>
    /// <param name="instrument">The instrument, built in code or read with <see cref="InstrumentLoader"/>.</param>
    /// <returns>The compiled instrument.</returns>
    /// <exception cref="AssessmentValidationException">The instrument is invalid; every problem is listed with its path.</exception>
    public static CompiledInstrument Compile(Instrument instrument) => new(InstrumentLoader.EnsureValid(instrument));

    /// <summary>Validates without throwing, for compiling an instrument that <see cref="InstrumentLoader"/> has already validated.</summary>
    internal static CompiledInstrument CompileValidated(Instrument instrument) => new(instrument);

    /// <summary>
    /// Checks a response set against this instrument: the instrument reference, the agency, every response (respondent
    /// id, group, answers on the scale, <c>not-applicable</c> only where allowed) and unique respondent ids.
    /// </summary>
    /// <param name="responses">The response set.</param>
    /// <returns>Every problem, located as <c>responses[3].answers["training.fto"]</c> (subject <c>response set</c>); valid when the set can be scored.</returns>
    public ValidationOutcome Validate(ResponseSet responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return new("response set", ValidationErrors.From(_responseSetValidator.Validate(responses)));
    }

    /// <summary>Checks one respondent's response against this instrument.</summary>
    /// <param name="response">The response.</param>
    /// <returns>Every problem, located as <c>group</c> or <c>answers["training.fto"]</c> (subject <c>response</c>); valid when the response is valid.</returns>
    public ValidationOutcome Validate(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new("response", ValidationErrors.From(_responseValidator.Validate(response)));
    }

    /// <summary>Throws when the response set cannot be scored with this instrument.</summary>
    internal void EnsureValid(ResponseSet responses) => Validate(responses).ThrowIfInvalid();
}
