using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using WellnessAssessment.Functions.Hosting;

namespace WellnessAssessment.Functions.Tests.Hosts;

/// <summary>
/// The Azure Functions worker in process, as the Functions host and the ASP.NET Core integration would run it: the
/// request goes to the function whose route template and methods match (empty route prefix, as in host.json), on a
/// <see cref="DefaultHttpContext"/> with the worker's services; a <see cref="FunctionContext"/> substitute
/// (NSubstitute) carries the context to the worker middleware (<c>GetHttpContext()</c>) and the function; the returned
/// <see cref="IResult"/> is executed into the response, whose <c>OnStarting</c> callbacks run before it is read.
/// </summary>
public sealed class FunctionsApiHost : IApiHost
{
    private readonly ServiceProvider _services;

    public FunctionsApiHost(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddWellnessFunctionServices(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            // What the worker's host does when it starts: the options marked ValidateOnStart (a weak admin key stops it).
            _services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        }
        catch
        {
            _services.Dispose();
            throw;
        }
    }

    public string Name => ApiHosts.Functions;

    public IServiceProvider Services => _services;

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(new Uri("http://localhost"), request.RequestUri);
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (FunctionRoutes.Match(request.Method.Method, path) is not { } match)
        {
            // The Functions host answers 404 with no body when no function's route and methods match.
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new ByteArrayContent([]) };
        }

        await using var scope = _services.CreateAsyncScope();
        using var aborted = new CancellationTokenSource();
        var responseBody = new MemoryStream();
        var response = new ResponseFeature();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Features.Set<IHttpResponseFeature>(response);
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        http.Features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = aborted.Token });
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        http.Request.Method = request.Method.Method;
        http.Request.Scheme = uri.Scheme;
        http.Request.Host = new HostString(uri.Authority);
        http.Request.Path = uri.AbsolutePath;
        http.Request.QueryString = new QueryString(uri.Query);
        http.Request.RouteValues = match.Values;
        foreach (var header in request.Headers)
        {
            http.Request.Headers.Append(header.Key, header.Value.ToArray());
        }

        if (request.Content is { } content)
        {
            foreach (var header in content.Headers)
            {
                http.Request.Headers.Append(header.Key, header.Value.ToArray());
            }

            var body = await content.ReadAsByteArrayAsync();
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
        }

        var context = Context(match.Function, scope.ServiceProvider, http, aborted.Token);
        object? returned = null;
        var middleware = ActivatorUtilities.CreateInstance<HttpMiddleware>(scope.ServiceProvider);
        await middleware.Invoke(context, async functionContext => returned = await InvokeAsync(match.Function, match.Values, functionContext, http));
        if (returned is IResult result && !response.HasStarted)
        {
            // What the ASP.NET Core integration's proxying middleware does with a function's IResult.
            await result.ExecuteAsync(http);
        }

        await response.StartAsync();
        return ToMessage(request, http, responseBody);
    }

    public void Dispose() => _services.Dispose();

    private static FunctionContext Context(HttpFunction function, IServiceProvider services, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = Substitute.For<FunctionDefinition>();
        definition.Name.Returns(function.Name);
        definition.EntryPoint.Returns($"{function.Method.DeclaringType!.FullName}.{function.Method.Name}");
        var context = Substitute.For<FunctionContext>();
        context.FunctionDefinition.Returns(definition);
        context.InvocationId.Returns(Guid.NewGuid().ToString());
        context.InstanceServices.Returns(services);
        context.CancellationToken.Returns(cancellationToken);
        // The key under which the ASP.NET Core integration keeps the request's HttpContext (what GetHttpContext() reads).
        context.Items.Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        return context;
    }

    private static async Task<object?> InvokeAsync(HttpFunction function, RouteValueDictionary values, FunctionContext context, HttpContext http)
    {
        var method = function.Method;
        var arguments = method.GetParameters().Select(parameter => Bind(parameter, values, context, http)).ToArray();
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.InstanceServices, method.DeclaringType!);
        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }

        if (returned is Task task)
        {
            await task;
            var resultProperty = task.GetType().GetProperty("Result");
            return resultProperty is not null && task.GetType().IsGenericType ? resultProperty.GetValue(task) : null;
        }

        return returned;
    }

    private static object? Bind(ParameterInfo parameter, RouteValueDictionary values, FunctionContext context, HttpContext http)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return http.Request;
        }

        if (parameter.ParameterType == typeof(HttpContext))
        {
            return http;
        }

        if (parameter.ParameterType == typeof(FunctionContext))
        {
            return context;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return http.RequestAborted;
        }

        if (values.TryGetValue(parameter.Name!, out var value))
        {
            var text = value?.ToString();
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            return text is null || type == typeof(string) ? text : Convert.ChangeType(text, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (parameter.ParameterType == typeof(string) || Nullable.GetUnderlyingType(parameter.ParameterType) is not null)
        {
            return null;
        }

        throw new InvalidOperationException($"Function {parameter.Member.Name} has a parameter '{parameter.Name}' ({parameter.ParameterType.Name}) that the Functions host would not bind from an HTTP request.");
    }

    private static HttpResponseMessage ToMessage(HttpRequestMessage request, HttpContext http, MemoryStream body)
    {
        var message = new HttpResponseMessage((HttpStatusCode)http.Response.StatusCode)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(request.Method == HttpMethod.Head ? [] : body.ToArray()),
        };
        foreach (var header in http.Response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value))
            {
                message.Content.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value);
            }
        }

        return message;
    }

    /// <summary>A response feature that runs its <c>OnStarting</c> callbacks (the security headers) once, as a server does before it sends the headers.</summary>
    private sealed class ResponseFeature : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
        private bool _started;

        public override bool HasStarted => _started;

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public async Task StartAsync()
        {
            if (_started)
            {
                return;
            }

            _started = true;
            for (var i = _starting.Count - 1; i >= 0; i--)
            {
                await _starting[i].Callback(_starting[i].State);
            }
        }
    }
}
