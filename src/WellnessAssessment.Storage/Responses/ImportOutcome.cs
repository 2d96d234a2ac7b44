namespace WellnessAssessment.Storage.Responses;

/// <summary>How an import ended (<see cref="ResponseStore.ImportOnceAsync"/>); only <see cref="Accepted"/> stored anything.</summary>
public enum ImportOutcome
{
    /// <summary>The response set is the cycle's answers now.</summary>
    Accepted,

    /// <summary>The cycle changed meanwhile (for example, it closed); nothing was imported.</summary>
    Changed,

    /// <summary>The cycle already took its one import; nothing was imported.</summary>
    AlreadyImported,

    /// <summary>The cycle already has online answers (a cycle never mixes the two); nothing was imported.</summary>
    OnlineAnswers,
}
