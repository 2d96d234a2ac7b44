using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class FramingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Console_InsideAnotherSitesFrame_RefusesToRender()
    {
        var console = new Uri(browser.BaseAddress, "/console/").ToString();
        // Another site on this machine (a real loopback server, so the browser's local-network rules do not interfere)
        // framing the console, and, as a control that a framed page does render, one of its own pages.
        using var framer = new FramingSite(
            $"<!doctype html><html lang=en><title>framer</title><iframe id=console title=console src=\"{console}\"></iframe><iframe id=own title=own src=\"/own\"></iframe>",
            "<!doctype html><html lang=en><title>own</title><p id=own>rendered</p>");
        var page = await browser.Browser.NewPageAsync();
        var answers = new List<IResponse>();
        page.Response += (_, response) => { if (response.Url == console) answers.Add(response); };

        await page.GotoAsync(framer.Address);
        var own = page.FrameLocator("#own").Locator("#own");
        await own.WaitForAsync(new() { Timeout = 10000 });
        Assert.Equal("rendered", await own.InnerTextAsync());
        await page.WaitForTimeoutAsync(1000);

        // The server answered the frame's request; the browser refused to show the answer.
        var answer = Assert.Single(answers);
        Assert.Equal(200, answer.Status);
        Assert.Contains("frame-ancestors 'none'", await answer.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
        var framed = page.Frames.Single(frame => frame != page.MainFrame && !frame.Url.EndsWith("/own", StringComparison.Ordinal));
        Assert.DoesNotContain("/console/", framed.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.FrameLocator("#console").Locator("#console, input, button").CountAsync());

        // The same console opened directly renders its sign-in form.
        var direct = await browser.Browser.NewPageAsync();
        await direct.GotoAsync(console);
        await direct.GetByLabel("Agency key").WaitForAsync();
    }

    /// <summary>A two-page site on a free loopback port: the framing page at <c>/</c>, its own page at <c>/own</c>.</summary>
    private sealed class FramingSite : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;

        public FramingSite(string framingPage, string ownPage)
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Address = $"http://localhost:{((IPEndPoint)probe.LocalEndpoint).Port}/";
            }

            _listener.Prefixes.Add(Address);
            _listener.Start();
            _serving = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                    {
                        return;
                    }

                    var body = Encoding.UTF8.GetBytes(context.Request.Url!.AbsolutePath == "/own" ? ownPage : framingPage);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
        }

        public string Address { get; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
