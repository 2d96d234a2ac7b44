using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;
using Microsoft.Extensions.Options;

namespace WellnessAssessment.Api.Scoring;

/// <summary>Stateless scoring and reports: nothing is stored. Rate-limited per client address.</summary>
internal static class ScoringApi
{
    public const string RateLimitPolicy = "stateless";

    public static RouteGroupBuilder MapScoringApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags(ApiTags.Scoring).RateLimited(RateLimitPolicy);
        group.MapPost("/score", Score).WithName("Score")
            .WithSummary("Score a response set")
            .WithDescription("Scores the response set in the body against a built-in instrument (or the custom `instrumentDefinition`) with the given options, and returns the result. Nothing is stored.")
            .AcceptsJson<ScoreRequest>()
            .Produces<AssessmentResult>()
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/reports", Report).WithName("Report")
            .WithSummary("Make a PDF report from a response set")
            .WithDescription("Scores the response set in the body like `POST /api/score` and returns the PDF report, with the trend against `previous` when given. Nothing is stored.")
            .AcceptsJson<ScoreRequest>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    public static async Task<IResult> Score(HttpRequest request, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<ScoreRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (OverLimit(body!) is { } overLimit)
        {
            return overLimit;
        }

        try
        {
            return TypedResults.Ok(ScoreBody(body!, catalog));
        }
        catch (AssessmentValidationException exception)
        {
            return ApiProblems.Invalid(exception);
        }
    }

    public static async Task<IResult> Report(HttpRequest request, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<ScoreRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (OverLimit(body!) is { } overLimit)
        {
            return overLimit;
        }

        AssessmentResult result;
        CompiledInstrument instrument;
        try
        {
            instrument = ResolveInstrument(body!, catalog);
            result = ScoreWith(body!, SetOf(body!), instrument);
        }
        catch (AssessmentValidationException exception)
        {
            return ApiProblems.Invalid(exception);
        }

        return ReportFile.Pdf(new ReportOptions { AgencyDisplayName = body!.Agency?.Name, CreatedAt = clock.GetUtcNow() }, result, instrument.Instrument, body.Previous, "wellness-report.pdf");
    }

    /// <summary>Validates and scores a request body; the core does all the work.</summary>
    public static AssessmentResult ScoreBody(ScoreRequest body, InstrumentCatalog catalog)
    {
        var set = SetOf(body);
        return ScoreWith(body, set, ResolveInstrument(body, catalog));
    }

    /// <summary>A 422 naming the limit a custom instrument breaks (see <see cref="InstrumentLimits"/>), or null.</summary>
    private static ProblemHttpResult? OverLimit(ScoreRequest body) =>
        body.InstrumentDefinition is { } custom && InstrumentLimits.Check(custom) is { } message ? ApiProblems.OverLimit(message) : null;

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

    private static CompiledInstrument ResolveInstrument(ScoreRequest body, InstrumentCatalog catalog) =>
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
