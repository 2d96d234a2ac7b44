using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Instruments;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Scoring;

/// <summary>
/// Stateless scoring and reports: a response set in, a result or a PDF report out; nothing is stored. Anyone may call
/// it, so each client has a per-minute allowance (<see cref="Admit"/>, 429) and a custom instrument is first held to
/// <see cref="InstrumentLimits"/> (422 naming the limit).
/// </summary>
public sealed class ScoringService(InstrumentCatalog catalog, TimeProvider clock, ClientLimits limits)
{
    /// <summary>Takes one request from the client's stateless allowance (<see cref="WellnessApiOptions.StatelessRequestsPerMinute"/>), before its body is read.</summary>
    /// <param name="client">The client address key (<see cref="ClientAddresses"/>).</param>
    /// <returns><see langword="null"/>, or the 429 problem with its retry-after when the allowance is spent.</returns>
    public Problem? Admit(string client) => limits.Take(Allowance.StatelessRequests, client);

    /// <summary>Scores a response set against a built-in instrument or the request's own <c>instrumentDefinition</c>.</summary>
    /// <param name="body">The request as the host read it.</param>
    /// <returns>The result, 400 naming each place at fault, or 422 naming the broken limit.</returns>
    public Outcome<AssessmentResult> Score(ScoreRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (OverLimit(body) is { } overLimit)
        {
            return overLimit;
        }

        try
        {
            return Outcome.Found(ScoreWith(body, SetOf(body), ResolveInstrument(body)));
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }
    }

    /// <summary>Scores a response set like <see cref="Score"/> and writes the PDF report, with the trend against <c>previous</c> when given.</summary>
    /// <param name="body">The request as the host read it.</param>
    /// <returns>The PDF (<c>wellness-report.pdf</c>), 400 or 422.</returns>
    public Outcome<ReportDocument> Report(ScoreRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (OverLimit(body) is { } overLimit)
        {
            return overLimit;
        }

        AssessmentResult result;
        CompiledInstrument instrument;
        try
        {
            instrument = ResolveInstrument(body);
            result = ScoreWith(body, SetOf(body), instrument);
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }

        var content = new ReportContent(result, instrument.Instrument)
        {
            AgencyDisplayName = body.Agency?.Name,
            CreatedAt = clock.GetUtcNow(),
            Previous = ResultsService.ComparableEarlier(body.Previous, result),
        };
        return Outcome.Found(ReportDocument.Write(stream => new PdfReportWriter().Write(content, stream), ReportDocument.Pdf, "wellness-report.pdf"));
    }

    /// <summary>The 422 naming the limit a custom instrument breaks (see <see cref="InstrumentLimits"/>), or null.</summary>
    private static Problem? OverLimit(ScoreRequest body) =>
        body.InstrumentDefinition is { } custom ? InstrumentLimits.Refusal(custom) : null;

    private static ResponseSet SetOf(ScoreRequest body) => new()
    {
        Instrument = body.Instrument ?? throw new AssessmentValidationException("request body", [new ValidationError("instrument", "is required")]),
        Agency = body.Agency,
        Responses = body.Responses ?? throw new AssessmentValidationException("request body", [new ValidationError("responses", "is required")]),
    };

    /// <summary>
    /// Scores with the request's instrument: the catalog's, compiled once when the catalog was created, or the body's
    /// own <c>instrumentDefinition</c>, validated and compiled once for this request.
    /// </summary>
    private static AssessmentResult ScoreWith(ScoreRequest body, ResponseSet set, CompiledInstrument instrument)
    {
        var scorer = new AssessmentScorer(body.Options?.ToOptions() ?? ScoringOptions.Default);
        return scorer.Score(instrument, set, body.Previous);
    }

    private CompiledInstrument ResolveInstrument(ScoreRequest body) =>
        body.InstrumentDefinition is { } custom
            ? PrefixErrors("instrumentDefinition", () => CompiledInstrument.Compile(custom))
            : catalog.ResolveCompiled(body.Instrument ?? throw new AssessmentValidationException("request body", [new ValidationError("instrument", "is required")]));

    private static T PrefixErrors<T>(string prefix, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (AssessmentValidationException exception)
        {
            throw new AssessmentValidationException(exception.Subject, exception.Errors.Select(error => error with { Path = error.Path.Length == 0 ? prefix : $"{prefix}.{error.Path}" }));
        }
    }
}
