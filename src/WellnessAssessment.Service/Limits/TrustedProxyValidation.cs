using Microsoft.Extensions.Options;

namespace WellnessAssessment.Service.Limits;

/// <summary>Stops the start when <c>Wellness:TrustedProxies</c> holds an entry that is not an IP address or CIDR network, naming it.</summary>
internal sealed class TrustedProxyValidation : IValidateOptions<WellnessApiOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, WellnessApiOptions options) =>
        options.TrustedProxies.Malformed().FirstOrDefault() is { } malformed
            ? ValidateOptionsResult.Fail($"Wellness:TrustedProxies holds '{malformed}', which is not an IP address or CIDR network.")
            : options.TrustedProxies.ForwardLimit < 1
                ? ValidateOptionsResult.Fail($"Wellness:TrustedProxies:ForwardLimit is {options.TrustedProxies.ForwardLimit}; it must be at least 1.")
                : ValidateOptionsResult.Success;
}
