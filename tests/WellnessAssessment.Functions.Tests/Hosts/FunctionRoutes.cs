using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;

namespace WellnessAssessment.Functions.Tests.Hosts;

/// <summary>An HTTP-triggered function of the worker: its name, method, methods and route template, read from its attributes as the SDK reads them for <c>functions.metadata</c>.</summary>
public sealed record HttpFunction(string Name, MethodInfo Method, IReadOnlyList<string> HttpMethods, string Route)
{
    private readonly TemplateMatcher _matcher = new(TemplateParser.Parse(Route), new RouteValueDictionary());

    /// <summary>The route's inbound precedence: the more specific templates first, the catch-all last (as the Functions host orders them).</summary>
    public decimal Precedence { get; } = RoutePrecedence.ComputeInbound(TemplateParser.Parse(Route));

    public bool TryMatch(string method, string path, RouteValueDictionary values) =>
        HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) && _matcher.TryMatch("/" + path, values);
}

/// <summary>Every HTTP-triggered function of the worker assembly.</summary>
public static class FunctionRoutes
{
    public static IReadOnlyList<HttpFunction> All { get; } = Find();

    /// <summary>The function the Functions host would call for <paramref name="method"/> on <paramref name="path"/> (no leading '/': the route prefix is empty), and its route values.</summary>
    public static (HttpFunction Function, RouteValueDictionary Values)? Match(string method, string path)
    {
        foreach (var function in All)
        {
            var values = new RouteValueDictionary();
            if (function.TryMatch(method, path, values))
            {
                return (function, values);
            }
        }

        return null;
    }

    private static List<HttpFunction> Find()
    {
        var functions = new List<HttpFunction>();
        foreach (var type in typeof(WellnessAssessment.Functions.Pages.PageFunctions).Assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
                {
                    continue;
                }

                var trigger = method.GetParameters().Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(attribute => attribute is not null);
                if (trigger is not null)
                {
                    functions.Add(new HttpFunction(function.Name, method, trigger.Methods ?? ["get", "post", "put", "patch", "delete", "head", "options"], trigger.Route ?? function.Name));
                }
            }
        }

        return [.. functions.OrderBy(function => function.Precedence).ThenBy(function => function.Route, StringComparer.Ordinal)];
    }
}
