using System.CommandLine;
using System.Globalization;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Commands;

/// <summary>
/// The scoring options a caller may change (scoring contract, "Defaults that a caller may change"), as command-line
/// options shared by <c>score</c> and <c>report</c>. Cronbach's alpha's minimum of 10 respondents is fixed by the
/// contract and has no option.
/// </summary>
internal sealed class ScoringOptionArguments
{
    private static readonly ScoringOptions Defaults = ScoringOptions.Default;

    public Option<int?> MinimumGroupSize { get; } = new("--min-group-size")
    {
        Description = $"Groups smaller than this are suppressed (default {Defaults.MinimumGroupSize}, at least {ScoringOptions.SmallestAllowedGroupSize}).",
        HelpName = "N",
    };

    public Option<double?> MinimumCoverage { get; } = new("--min-coverage")
    {
        Description = $"Share of a domain a respondent must answer to count in it (default {Format(Defaults.MinimumCoverage)}).",
        HelpName = "X",
    };

    public Option<double?> GapThreshold { get; } = new("--gap-threshold")
    {
        Description = $"Leadership–frontline difference in points that flags a perception gap (default {Format(Defaults.GapThreshold)}).",
        HelpName = "X",
    };

    public Option<double?> ActionThreshold { get; } = new("--action-threshold")
    {
        Description = $"Practices scoring below this enter the action plan (default {Format(Defaults.ActionScoreThreshold)}).",
        HelpName = "X",
    };

    public Option<double?> AwarenessThreshold { get; } = new("--awareness-threshold")
    {
        Description = $"Practices with at least this share of \"don't know\" answers enter the action plan (default {Format(Defaults.AwarenessGapThreshold)}).",
        HelpName = "X",
    };

    public Option<double?> StrengthThreshold { get; } = new("--strength-threshold")
    {
        Description = $"Practices scoring at least this are listed as strengths (default {Format(Defaults.StrengthThreshold)}).",
        HelpName = "X",
    };

    public Option<double?> LowConsensusThreshold { get; } = new("--low-consensus-threshold")
    {
        Description = $"Practices whose agreement index rwg is below this are marked for low consensus (default {Format(Defaults.LowConsensusThreshold)}).",
        HelpName = "X",
    };

    public Option<string?> BandEdges { get; } = new("--band-edges")
    {
        Description = $"The lower edges of the emerging, developing, established and leading bands, increasing (default {Format(Defaults.BandEdges.Emerging)},{Format(Defaults.BandEdges.Developing)},{Format(Defaults.BandEdges.Established)},{Format(Defaults.BandEdges.Leading)}).",
        HelpName = "A,B,C,D",
    };

    public Option<string> Purpose { get; } = CreatePurpose();

    public IEnumerable<Option> All => [Purpose, MinimumGroupSize, MinimumCoverage, GapThreshold, ActionThreshold, AwarenessThreshold, StrengthThreshold, LowConsensusThreshold, BandEdges];

    /// <summary>The options given on the command line over the contract's defaults (the library's one builder, as the API's); the scorer validates them.</summary>
    public ScoringOptions Read(ParseResult parse) => Changes(parse).ApplyTo();

    /// <summary>The options the command line changes; a flag left out changes nothing.</summary>
    public ScoringOptionChanges Changes(ParseResult parse) => new()
    {
        Purpose = parse.GetValue(Purpose) == "leadership-self-assessment" ? WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment : WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey,
        MinimumGroupSize = parse.GetValue(MinimumGroupSize),
        MinimumCoverage = parse.GetValue(MinimumCoverage),
        GapThreshold = parse.GetValue(GapThreshold),
        ActionScoreThreshold = parse.GetValue(ActionThreshold),
        AwarenessGapThreshold = parse.GetValue(AwarenessThreshold),
        StrengthThreshold = parse.GetValue(StrengthThreshold),
        LowConsensusThreshold = parse.GetValue(LowConsensusThreshold),
        BandEdges = parse.GetValue(BandEdges) is { } edges ? ParseBandEdges(edges) : null,
    };

    /// <summary>A scorer with the options given; an option out of range is bad input named by its flag.</summary>
    public AssessmentScorer CreateScorer(ParseResult parse)
    {
        var options = Read(parse);
        try
        {
            return new AssessmentScorer(options);
        }
        catch (AssessmentValidationException exception)
        {
            throw new BadInputException([.. exception.Errors.Select(error => $"{Flag(error.Path)}: {error.Message}")]);
        }
    }

    private string Flag(string path) => path switch
    {
        "options.minimumGroupSize" => MinimumGroupSize.Name,
        "options.minimumCoverage" => MinimumCoverage.Name,
        "options.gapThreshold" => GapThreshold.Name,
        "options.actionScoreThreshold" => ActionThreshold.Name,
        "options.awarenessGapThreshold" => AwarenessThreshold.Name,
        "options.strengthThreshold" => StrengthThreshold.Name,
        "options.lowConsensusThreshold" => LowConsensusThreshold.Name,
        "options.bandEdges" => BandEdges.Name,
        _ => path,
    };

    private static BandEdges ParseBandEdges(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new BadInputException($"--band-edges: '{parts[i]}' is not a number; give four increasing numbers such as 20,40,60,80.");
            }
        }

        return values.Length == 4
            ? new BandEdges(values[0], values[1], values[2], values[3])
            : throw new BadInputException($"--band-edges: '{text}' has {values.Length} number{(values.Length == 1 ? string.Empty : "s")}; give four increasing numbers such as 20,40,60,80.");
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static Option<string> CreatePurpose()
    {
        var option = new Option<string>("--purpose")
        {
            Description = "What the answers are for: anonymous-survey (default; nothing is shown when fewer than the minimum group size answered) or leadership-self-assessment (named respondents, such as the chief alone; every figure is shown).",
            DefaultValueFactory = _ => "anonymous-survey",
            HelpName = "anonymous-survey|leadership-self-assessment",
        };
        option.AcceptOnlyFromAmong("anonymous-survey", "leadership-self-assessment");
        return option;
    }
}
