namespace WellnessAssessment.Service.Access;

/// <summary>Which key a route asks for.</summary>
public enum KeyRequirement
{
    /// <summary>The key of the route's agency: 401 without a key or with a retired one, 404 when it does not open that agency.</summary>
    AgencyKey,

    /// <summary>The key of the route's agency or the admin key (key rotation): 401 without a key, 404 when it opens neither.</summary>
    AgencyOrAdminKey,

    /// <summary>The configured admin key: 401 otherwise, and always while none is configured.</summary>
    AdminKey,
}
