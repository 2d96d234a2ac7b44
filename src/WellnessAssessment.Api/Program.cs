using System.Diagnostics;
using WellnessAssessment.Api.Agencies;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Cycles;
using WellnessAssessment.Api.Health;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.Instruments;
using WellnessAssessment.Api.Invitations;
using WellnessAssessment.Api.Norms;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Api.Vocabulary;
using WellnessAssessment.Api.Register;
using WellnessAssessment.Api.Scoring;
using WellnessAssessment.Api.Security;
using WellnessAssessment.Api.Surveys;
using WellnessAssessment.Storage;

var builder = WebApplication.CreateBuilder(args);

// Logging: appsettings.json keeps Microsoft.* at Warning; the business events (ServiceEvents) are the Information lines.
// Request URLs carry respondent tokens (/api/surveys/{token}), so the host's per-request lines stay off even when the
// configuration lowers Microsoft.*, and the optional request log names the route pattern instead of the path.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
var section = builder.Configuration.GetSection("Wellness");
var requestLogging = section.GetValue("RequestLogging", false);
if (requestLogging)
{
    builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.Information);
    builder.Services.AddHttpLogging(options =>
    {
        options.LoggingFields = RouteRequestLogging.Fields;
        options.CombineLogs = true;
    });
    builder.Services.AddHttpLoggingInterceptor<RouteRequestLogging>();
}

builder.Services.Configure<WellnessApiOptions>(section);
// The application layer (core, stores, key policy, feature services); a weak admin key stops the start with a message
// saying how to make one. Wellness:Storage:NetworkTimeout, MaxRetries, RetryDelay, MaxRetryDelay bound how long a dead
// store keeps a request.
builder.Services.AddWellnessService((section.GetSection("Storage").Get<WellnessStorageOptions>() ?? new WellnessStorageOptions()) with
{
    ConnectionString = section["Storage:ConnectionString"] ?? builder.Configuration["AzureWebJobsStorage"] ?? "UseDevelopmentStorage=true",
});
builder.Services.AddHostedService<StagingCleanupService>();
builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddWellnessKeys();
// Client addresses for the per-client limits: X-Forwarded-For from trusted proxies only (Wellness:TrustedProxies, read
// by the application layer's ClientAddresses, the same code the Functions worker runs; a malformed entry stops the start),
// so this host adds no forwarded-headers or rate-limiter middleware of its own.
builder.Services.AddWellnessOpenApi();

var app = builder.Build();

// A weak admin key stops the start here, on the entry thread, before Run: when Run's start fails it disposes the host,
// and a caller waiting on that start (a test host) would see the disposal instead of the reason.
_ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WellnessApiOptions>>().Value;

if (requestLogging)
{
    app.UseHttpLogging();
}

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

var api = app.MapGroup("/api");
api.MapHealthApi();
api.MapInstrumentsApi();
api.MapScoringApi();
api.MapAgenciesApi();
api.MapCyclesApi();
api.MapSurveysApi();
api.MapActionRegisterApi();
api.MapNormsApi();
api.MapRespondentSurveyApi();
api.MapInvitationsApi();
api.MapDraftsApi();
api.MapVocabularyApi();
app.MapOpenApi();
app.MapSurveyLinkRedirect();

app.Run();

/// <summary>The API's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
