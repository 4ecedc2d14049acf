using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>
/// The host on real Kestrel (loopback, a free port) with the sample people, and Debian's headless chromium driven by
/// Playwright. Playwright gives every launch a fresh profile (its own --user-data-dir); the flags keep chromium from
/// reaching out to the closed network. <see cref="OpenAsync"/> starts one visitor (<see cref="BrowserVisit"/>).
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserHost() : this(new KestrelPageHost())
    {
    }

    /// <summary>A browser over <paramref name="host"/>, for a fixture whose host needs more settings (a risk model).</summary>
    protected BrowserHost(KestrelPageHost host) => Host = host;

    public KestrelPageHost Host { get; }

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/test.sh installs Debian's chromium");
        await ((IAsyncLifetime)Host).InitializeAsync();
        Host.StartServer();
        var addresses = Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumFlags });
    }

    /// <summary>A new visitor (own cookies) whose screenshots are named after <paramref name="test"/>.</summary>
    public async Task<BrowserVisit> OpenAsync(string test)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        // The full suite runs many hosts at once on two cores: a page may take far longer than Playwright's 30 s default.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return new BrowserVisit(context, await context.NewPageAsync(), test);
    }

    /// <summary>A new visitor signed in through the sign-in form as the sample person of <paramref name="role"/>.</summary>
    public Task<BrowserVisit> SignInAsync(string role, string test) => SignInAsync(role, test, PageHostFactory.PasswordOf(role));

    /// <summary>A new visitor signed in through the sign-in form; fails unless it lands on the start page.</summary>
    public async Task<BrowserVisit> SignInAsync(string userName, string test, string password)
    {
        var visit = await OpenAsync(test);
        await visit.SignInAsync(userName, password);
        Assert.Equal(new Uri(Address, "/"), new Uri(visit.Page.Url));
        return visit;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeDatabaseAsync();
    }
}

/// <summary>The sample host served by Kestrel on a free loopback port, so a real browser can reach it.</summary>
public sealed class KestrelPageHost : PageHostFactory
{
    public KestrelPageHost() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
}
