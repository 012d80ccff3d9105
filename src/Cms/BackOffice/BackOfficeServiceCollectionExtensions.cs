using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Cms.BackOffice;

/// <summary>Adds and maps the back office at <c>/cms</c>: sign-in, roles and its pages.</summary>
public static class BackOfficeServiceCollectionExtensions
{
    /// <summary>The back office's own path.</summary>
    public const string PathBase = "/cms";

    /// <summary>
    /// Adds the back office to a web host that has the content core (<see cref="CmsServiceCollectionExtensions.AddFederationCms"/>):
    /// users and roles on ASP.NET Core Identity in the content store, the sign-in cookie, the first
    /// administrator, and the pages under <c>/cms</c>.
    /// </summary>
    public static IHostApplicationBuilder AddFederationBackOffice(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CmsAdminOptions>().BindConfiguration("Cms:Admin");
        // Registered after the content core's start-up, so the schema is migrated first.
        services.AddSingleton<FirstAdministrator>();
        services.AddHostedService(sp => sp.GetRequiredService<FirstAdministrator>());
        services.AddScoped<UserAdministration>();
        services.AddSingleton<Editing.EditorPresence>();

        // Identity keeps its users in the content store, one unit of work per request.
        services.AddScoped<ContentDbContext>(sp => sp.GetRequiredService<ContentDbContextFactory>().Create());
        services.AddIdentityCore<CmsUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition (NIST SP 800-63B §5.1.1): at least 12 characters with a digit and a letter.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ContentDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<BackOfficeClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".Federation.BackOffice";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = PathBase;
            o.LoginPath = PathBase + "/sign-in";
            o.LogoutPath = PathBase + "/sign-out";
            o.AccessDeniedPath = PathBase + "/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // Roles are re-read at every request (a promoted writer may publish at once, a demoted editor no longer may), and
        // a lock or a new password, which change the security stamp, end the user's sessions there and then, not 30 minutes
        // later: the back office checks the cookie on every request (one lookup; only /cms carries the cookie).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorization(BackOfficePolicies.Add);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeAreaFolder("Cms", "/", BackOfficePolicies.EditContent);
            o.Conventions.AllowAnonymousToAreaPage("Cms", "/Account/SignIn");
            o.Conventions.AllowAnonymousToAreaPage("Cms", "/Account/SetUp");
            o.Conventions.AllowAnonymousToAreaPage("Cms", "/Account/Denied");
            o.Conventions.AuthorizeAreaFolder("Cms", "/Users", BackOfficePolicies.ManageUsers);
            o.Conventions.AuthorizeAreaFolder("Cms", "/Audit", BackOfficePolicies.ManageUsers);
            o.Conventions.AuthorizeAreaFolder("Cms", "/Partners", BackOfficePolicies.ManagePartners);
            o.Conventions.AuthorizeAreaFolder("Cms", "/Search", BackOfficePolicies.MaintainSearch);
            o.Conventions.AddAreaFolderApplicationModelConvention("Cms", "/", model => model.Filters.Add(new RefusalFilter()));
        });
        return builder;
    }

    /// <summary>Maps the back office: authentication for its cookie, its assets and its pages (the host maps Razor Pages).</summary>
    public static WebApplication MapFederationCms(this WebApplication app)
    {
        // Before authentication: the cookie's check reads the user from the store.
        app.UseStoreOutagePage(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Federation.Cms.BackOffice.StoreOutagePage"));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapBackOfficeAssets();
        app.MapBackOfficeMediaFiles();
        app.MapBackOfficePresence();
        return app;
    }
}
