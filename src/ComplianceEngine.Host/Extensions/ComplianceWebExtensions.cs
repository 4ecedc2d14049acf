using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ComplianceEngine.Data;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// The web workspace (docs/adr/0009-razor-pages-in-the-host.md): Razor Pages, Chinese first with English by cookie,
/// personal accounts (ASP.NET Core Identity on the compliance database) signed in by cookie. <c>/api</c> and any
/// request with an <c>Authorization</c> header stay on API keys; everything else authenticates by cookie.
/// </summary>
public static class ComplianceWebExtensions
{
    /// <summary>Chosen by <see cref="ForwardSelector"/> per request: the API-key scheme or Identity's cookie.</summary>
    public const string SchemeName = "ApiKeyOrCookie";

    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddComplianceWeb(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o => o.Conventions
                .AuthorizeFolder("/").AuthorizeFolder("/Admin", Policies.Administer)
                .AllowAnonymousToFolder("/Account").AllowAnonymousToPage("/Culture"))
            .AddViewLocalization();
        // Chinese text is written as text, not as &#x...; entities: readable source, smaller pages, findable by tests.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            // Only the reader's own choice: a browser's Accept-Language does not turn the workspace English.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddDbContext<PeopleDbContext>((sp, o) => o.UseComplianceDatabase(sp.GetRequiredService<IConfiguration>()));
        services.AddIdentityCore<Person>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PeopleDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<PersonAccounts>();
        services.AddTransient<SamplePeople>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SchemeName;
                o.DefaultChallengeScheme = SchemeName;
                o.DefaultForbidScheme = SchemeName;
            })
            .AddPolicyScheme(SchemeName, "API key or cookie", o => o.ForwardDefaultSelector = ForwardSelector)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        return services;
    }

    /// <summary>API keys for machines (<c>/api</c>, or a request that brings a header); Identity's cookie for people.</summary>
    public static string ForwardSelector(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.Authorization.Count > 0
            ? ApiKeyAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme;

    /// <summary>After <c>UseComplianceApi</c> (exception handler, authentication): static files, the culture, the pages, the sample accounts.</summary>
    public static WebApplication UseComplianceWeb(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.MapRazorPages();
        app.LoadSamplePeople();
        return app;
    }

    private static void LoadSamplePeople(this WebApplication app)
    {
        if (app.Configuration.GetSection(SampleDataExtensions.FilesKey).Get<string[]>() is not { Length: > 0 })
        {
            return;
        }

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SamplePeople>().SeedAsync().GetAwaiter().GetResult();
    }
}
