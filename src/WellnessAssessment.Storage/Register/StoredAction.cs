using WellnessAssessment.Register;

namespace WellnessAssessment.Storage.Register;

/// <summary>One stored action and the version it was read at.</summary>
/// <param name="Action">The action.</param>
/// <param name="Version">
/// An opaque version: changes on every write. The API sends it as a strong HTTP entity tag and expects it back in
/// <c>If-Match</c>.
/// </param>
public sealed record StoredAction(RegisterAction Action, string Version);
