namespace WellnessAssessment.Service.Limits;

/// <summary>The named allowances of <see cref="ClientLimits"/>: what is counted, under which key, in which window.</summary>
public enum Allowance
{
    /// <summary>Submissions per client address per minute (<see cref="SubmissionLimitOptions.PerAddressPerMinute"/>).</summary>
    SubmissionsPerAddress,

    /// <summary>Submissions per respondent link (cycle) per minute (<see cref="SubmissionLimitOptions.PerLinkPerMinute"/>).</summary>
    SubmissionsPerLink,

    /// <summary>Submissions per invitation code per minute (<see cref="SubmissionLimitOptions.PerCodePerMinute"/>).</summary>
    SubmissionsPerCode,

    /// <summary>Wrong or used invitation codes per client address per ten minutes (<see cref="SubmissionLimitOptions.WrongCodesPerAddressPerTenMinutes"/>).</summary>
    WrongCodesPerAddress,

    /// <summary>Draft writes per client address per minute (<see cref="SubmissionLimitOptions.DraftsPerAddressPerMinute"/>).</summary>
    DraftsPerAddress,

    /// <summary>Draft writes per respondent link per minute (<see cref="SubmissionLimitOptions.DraftsPerLinkPerMinute"/>).</summary>
    DraftsPerLink,

    /// <summary>Failed resume-code lookups (reads and updates of unknown codes) per client address per ten minutes (<see cref="WellnessApiOptions.ResumeFailuresPerTenMinutes"/>).</summary>
    ResumeLookupFailures,

    /// <summary>Requests to the stateless scoring and report routes per client address per minute (<see cref="WellnessApiOptions.StatelessRequestsPerMinute"/>).</summary>
    StatelessRequests,

    /// <summary>Requests to the instrument catalog per client address per minute (<see cref="WellnessApiOptions.CatalogRequestsPerMinute"/>).</summary>
    CatalogRequests,
}
