using Microsoft.Extensions.Logging;

namespace WellnessAssessment.Service.Events;

/// <summary>
/// The API's business events: one structured Information event per action that changes what an agency holds, and one
/// per store outage. They name agencies and cycles (which are not secrets) and never a key, token, respondent id or
/// answer. Category <c>WellnessAssessment.Api.Events</c> (the name hosts have always logged them under), so an operator
/// can keep these and silence the rest. Written by the application layer, so every host logs the same events.
/// </summary>
public sealed partial class ServiceEvents(ILoggerFactory loggers)
{
    /// <summary>The log category of the business events.</summary>
    public const string Category = "WellnessAssessment.Api.Events";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    /// <summary>Logs the event of this name.</summary>
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Agency {AgencyId} created")]
    public partial void AgencyCreated(string agencyId);

    /// <summary>Logs the event of this name.</summary>
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Cycle {AgencyId}/{AssessmentId} opened on {InstrumentId} {InstrumentVersion}")]
    public partial void CycleOpened(string agencyId, string assessmentId, string instrumentId, string instrumentVersion);

    /// <summary>Logs the event of this name.</summary>
    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Cycle {AgencyId}/{AssessmentId} closed with {Respondents} respondents")]
    public partial void CycleClosed(string agencyId, string assessmentId, string respondents);

    /// <summary>Logs the event of this name.</summary>
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Import into {AgencyId}/{AssessmentId} accepted: {Responses} responses")]
    public partial void ImportAccepted(string agencyId, string assessmentId, string responses);

    /// <summary>Logs the event of this name.</summary>
    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Import into {AgencyId}/{AssessmentId} refused: {Reason}")]
    public partial void ImportRefused(string agencyId, string assessmentId, string reason);

    /// <summary>Logs the event of this name.</summary>
    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Import into {AgencyId}/{AssessmentId} refused: {Errors} validation errors")]
    public partial void ImportInvalid(string agencyId, string assessmentId, int errors);

    // The exception's message is left out on purpose: a failed request's message can hold the entity it addressed,
    // and a respondent token is a row key. The type and status are what an operator needs to see an outage.
    /// <summary>Logs a store outage: the failure type and status, never its message.</summary>
    [LoggerMessage(EventId = 1901, Level = LogLevel.Error, Message = "Store outage during {Method} {Route}: {FailureType} (status {Status})")]
    public partial void StoreOutage(string method, string route, string failureType, int status);
}
