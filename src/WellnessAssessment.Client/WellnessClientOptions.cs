namespace WellnessAssessment.Client;

/// <summary>Where the API is and which keys to send (see <c>services.AddWellnessClient(…)</c>).</summary>
public sealed class WellnessClientOptions
{
    /// <summary>The API's base address, for example <c>https://wellness.riverside.gov/</c> (the routes start with <c>/api/</c>).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The agency's key, sent as <c>Authorization: Bearer</c> on the agency routes (<c>/api/agencies/{agencyId}/…</c>).</summary>
    public string? AgencyKey { get; set; }

    /// <summary>The admin key, sent on the admin route that creates agencies (<c>POST /api/agencies</c>).</summary>
    public string? AdminKey { get; set; }
}
