using WellnessAssessment.Service.Results;
using WellnessAssessment.Http.Results;
using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Results;
using WellnessAssessment.Service.Events;
using WellnessAssessment.Http.Access;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Reports;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Cycles;

/// <summary>An agency's assessment cycles (agency key): open, list, import, close, purge, results, report.</summary>
internal static class CyclesApi
{
    public static RouteGroupBuilder MapCyclesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{agencyId}/assessments").WithTags(ApiTags.Assessments).RequireAgencyKey().UsesStore();
        group.MapPost("/", CycleEndpoints.CreateAssessment).WithName("CreateAssessment")
            .WithSummary("Open an assessment cycle")
            .WithDescription("Opens a cycle of a built-in instrument (the latest version when none is given) and returns it with the respondent link to share. `purpose` declares what the answers are for: `anonymous-survey` (the default; results are released once, at close) or `leadership-self-assessment` (named respondents who are told their answers are not anonymous; live results). A repeated request with the same Idempotency-Key returns the cycle the first one opened; the same key with another title or instrument answers 422.")
            .AcceptsJson<CreateAssessmentRequest>()
            .AcceptsIdempotencyKey()
            .Produces<AssessmentView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", CycleEndpoints.ListAssessments).WithName("ListAssessments")
            .Produces<IReadOnlyList<AssessmentView>>()
            .WithSummary("List the agency's cycles")
            .WithDescription("Every cycle of the agency, open and closed, with its response counts per group (counts below the anonymity threshold are withheld).");
        group.MapGet("/{assessmentId}", CycleEndpoints.GetAssessment).WithName("GetAssessment")
            .Produces<AssessmentView>()
            .WithSummary("Get a cycle")
            .WithDescription("One cycle with its status, respondent link and response counts per group.");
        group.MapPut("/{assessmentId}/headcounts", CycleEndpoints.SetHeadcounts).WithName("SetHeadcounts")
            .WithSummary("Set a cycle's expected headcounts")
            .WithDescription("Sets the staff expected to answer, per respondent group and in total; `{}` clears them. They may change while the cycle is open and freeze at close: a closed cycle that never had headcounts may be given them once; otherwise a closed or purged cycle answers 409. Every change is in the audit trail. The cycle then shows participation rates by group under the same anonymity rule as its counts, and flags any group over its headcount or with more than half its headcount answering within ten minutes. Answers the cycle as it now is.")
            .AcceptsJson<Headcounts>()
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPut("/{assessmentId}/focus-areas", FocusAreaEndpoints.SetFocusAreas).WithName("SetFocusAreas")
            .WithSummary("Save a closed cycle's focus areas")
            .WithDescription("Saves the one to three focus areas (domain ids of the cycle's instrument, most important first) that the cycle's action plan, brief and register lead with. Only a closed cycle whose results are released takes them (409 otherwise); an unknown or repeated domain answers 400 naming `focusAreas[i]`. They may be changed later; each change is in the audit trail (`focus-areas-changed`). Answers the cycle as it now is; until focus areas are saved, reading a closed cycle shows `suggestedFocusAreas`.")
            .AcceptsJson<SetFocusAreasRequest>()
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{assessmentId}/responses/import", CycleEndpoints.ImportResponses).WithName("ImportResponses")
            .WithSummary("Import responses")
            .WithDescription("Imports a whole response set (for example a survey export) into an open cycle: all of it or, when any response is invalid or the cycle changed meanwhile, nothing. A cycle takes online answers or one import, never both: a cycle with online answers, or one that already took an import, answers 409. A repeat with the accepted import's Idempotency-Key answers 200 again and changes nothing.")
            .AcceptsJson<ResponseSet>()
            .AcceptsIdempotencyKey()
            .Produces<ImportReceipt>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{assessmentId}/close", CycleEndpoints.CloseAssessment).WithName("CloseAssessment")
            .WithSummary("Close a cycle")
            .WithDescription("Closes the cycle: no more answers or imports. Its results and reports stay available; a closed cycle cannot be closed again (409).")
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapDelete("/{assessmentId}/responses", CycleEndpoints.PurgeResponses).WithName("PurgeResponses")
            .WithSummary("Purge a closed cycle's responses")
            .WithDescription("Deletes every stored response of a closed cycle, and its invitation codes with the respondent ids that held them, for a records-retention schedule. The result snapshot taken at close stays, so results and reports still work; an open cycle answers 409.")
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/results", ResultEndpoints.GetResults).WithName("GetResults")
            .WithSummary("Get a cycle's results")
            .WithDescription("The cycle's scored result (scoring contract), with the trend against the agency's previous closed cycle of the same instrument and major version. An anonymous survey releases its results once, at close: while it is open this answers 409 (only the protected response counts of the cycle view are shown). A leadership self-assessment shows live results.")
            .Produces<AssessmentResult>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/results/view", ResultEndpoints.GetResultView).WithName("GetResultView")
            .WithSummary("Get how a cycle's results are presented")
            .WithDescription("What the console shows beside the result's figures, decided as the reports decide it: each domain's short title (the instrument's, else the title cut at a word to 24 characters) and perception-gap note (`flagged`, why there is no gap, or empty, in the reports' words), and the heat map of domains by rank group, each cell with its band under the result's band edges. Released as the results are: 409 while an anonymous survey is open.")
            .Produces<ResultView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/report.pdf", ResultEndpoints.GetPdfReport).WithName("GetPdfReport")
            .WithSummary("Get a cycle's PDF report")
            .WithDescription("The cycle's report as a PDF, its plan led by the focus areas saved for the cycle (`PUT …/focus-areas`), else the suggested ones. A closed cycle's report carries its closing date, so downloading it again gives the same bytes.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/report.html", ResultEndpoints.GetHtmlReport).WithName("GetHtmlReport")
            .WithSummary("Get a cycle's HTML report")
            .WithDescription("The cycle's report as one self-contained, accessible HTML page.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/html")
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/brief.pdf", ResultEndpoints.GetBriefPdf).WithName("GetBriefPdf")
            .WithSummary("Get a cycle's executive brief as PDF")
            .WithDescription("The cycle's executive brief as a tagged PDF of at most two Letter pages: the overall result and band, participation, the focus areas with their first actions, owners and dates, the strongest and weakest practices, the largest leadership–frontline gaps and what changed since the last cycle. `focusAreas` (repeated, one to three domain ids of the cycle's instrument, most important first) chooses the focus areas; without it the brief leads with the focus areas saved for the cycle (`PUT …/focus-areas`), else the suggested ones. An unknown or repeated domain answers 400 naming `focusAreas[i]`. Released like the report: 409 while an anonymous survey is open.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/brief.html", ResultEndpoints.GetBriefHtml).WithName("GetBriefHtml")
            .WithSummary("Get a cycle's executive brief as HTML")
            .WithDescription("The executive brief as one self-contained, accessible HTML page, with the same content and `focusAreas` rule as `brief.pdf`.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status409Conflict);
        return api;
    }
}
