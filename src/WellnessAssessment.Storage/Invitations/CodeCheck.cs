namespace WellnessAssessment.Storage.Invitations;

/// <summary>What checking an invitation code for a submission found.</summary>
public enum CodeCheck
{
    /// <summary>The code is this cycle's and is now (or was already) held by this respondent.</summary>
    Accepted,

    /// <summary>No code was sent, or it is not one of this cycle's codes.</summary>
    Unknown,

    /// <summary>The code is this cycle's, but another respondent submitted with it first.</summary>
    UsedByAnother,
}
