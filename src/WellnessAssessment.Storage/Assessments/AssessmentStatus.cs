namespace WellnessAssessment.Storage.Assessments;

/// <summary>The state of an assessment cycle.</summary>
public enum AssessmentStatus
{
    /// <summary>Respondents can submit and change answers.</summary>
    Open,

    /// <summary>Closed: no more answers; results are final.</summary>
    Closed,
}
