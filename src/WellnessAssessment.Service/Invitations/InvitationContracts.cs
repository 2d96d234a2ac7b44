namespace WellnessAssessment.Service.Invitations;

/// <summary>The body of <c>POST …/invitations</c>: how many new single-use codes to issue.</summary>
/// <param name="Count">1 to 2000.</param>
public sealed record IssueInvitationsRequest(int Count);

/// <summary>Codes just issued. They are shown this once: only their hashes are stored.</summary>
/// <param name="Codes">The new codes, printed form (<c>XXXXX-XXXXX</c>).</param>
/// <param name="TotalIssued">How many codes the cycle has issued in all, these included.</param>
/// <param name="SurveyUrl">The survey's address, printed on each slip and in each QR code.</param>
public sealed record IssuedInvitations(IReadOnlyList<string> Codes, int TotalIssued, string SurveyUrl);

/// <summary>The body of <c>POST …/invitations/sheet.pdf</c> and <c>sheet.csv</c>: codes of the cycle to print or merge.</summary>
/// <param name="Codes">Codes issued for this cycle (as returned when issued).</param>
public sealed record InvitationSheetRequest(IReadOnlyList<string>? Codes);

/// <summary>A cycle's invitation codes at a glance.</summary>
/// <param name="Issued">How many codes were issued (0: the cycle uses its shared link only).</param>
/// <param name="Used">How many of them a respondent has submitted with.</param>
public sealed record InvitationStatus(int Issued, int Used);

/// <summary>A file of invitation codes to print or merge, as the host sends it.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="ContentType">Its media type (<c>application/pdf</c>, <c>text/csv; charset=utf-8</c>).</param>
/// <param name="FileName">The name to save it under (<c>agency-cycle-invitations.pdf</c>).</param>
public sealed record InvitationFile(byte[] Content, string ContentType, string FileName);

/// <summary>The form of <see cref="InvitationFile"/>.</summary>
public enum InvitationFileFormat
{
    /// <summary>The printable sheet of cut-out slips (PDF).</summary>
    Sheet,

    /// <summary>CSV for a mail merge (header row <c>code,survey_url</c>).</summary>
    Csv,
}
