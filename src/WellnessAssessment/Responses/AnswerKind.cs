namespace WellnessAssessment.Responses;

/// <summary>What kind of answer an <see cref="Answer"/> is.</summary>
public enum AnswerKind
{
    /// <summary>A value that is neither a level nor one of the two keywords; validation rejects it. The default of <see cref="Answer"/>.</summary>
    Unrecognized = 0,

    /// <summary>A level of the scale (<see cref="Answer.Value"/>).</summary>
    Level,

    /// <summary>The respondent does not know (<c>"dont-know"</c>).</summary>
    DontKnow,

    /// <summary>The item does not apply to the agency (<c>"not-applicable"</c>).</summary>
    NotApplicable,
}
