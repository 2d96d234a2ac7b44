namespace WellnessAssessment.Storage.Cycles;

/// <summary>The state of an assessment cycle.</summary>
public enum CycleStatus
{
    /// <summary>Respondents can submit and change answers.</summary>
    Open,

    /// <summary>Closed: no more answers; results are final.</summary>
    Closed,
}
