using Microsoft.AspNetCore.Authentication;

namespace WellnessAssessment.Api.Authentication;

/// <summary>Options of an agency-key scheme (<see cref="AgencyKeyHandler"/>).</summary>
internal sealed class AgencyKeyOptions : AuthenticationSchemeOptions
{
    /// <summary>Whether the configured admin key is accepted as well as the route agency's own key.</summary>
    public bool AcceptsAdminKey { get; set; }
}
