namespace WellnessAssessment.Service.Outcomes;

/// <summary>How a workflow ended.</summary>
public enum OutcomeKind
{
    /// <summary>The value was found or computed (HTTP 200).</summary>
    Found,

    /// <summary>A resource was created at <see cref="Outcome{T}.Location"/> (HTTP 201).</summary>
    Created,

    /// <summary>The request was done and there is nothing to show (HTTP 204).</summary>
    Done,

    /// <summary>The request was refused: <see cref="Outcome{T}.Problem"/> says why.</summary>
    Refused,
}
