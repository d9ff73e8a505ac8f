using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Accounts;

/// <summary>Sign-in with ASP.NET Core Identity on our database, and every page closed to anyone not signed in.</summary>
public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// The API's authentication: a bearer access token when the request presents one, else the
    /// browser's session cookie; and the policy that requires either.
    /// </summary>
    public const string ApiScheme = "Api";

    public const string ApiPolicy = "Api";

    public const string SessionCookie = "PerfTargets.Session";

    public static IServiceCollection AddPerfTargetsAccounts(this IServiceCollection services, PasswordPolicy policy)
    {
        services.AddSingleton(policy);
        services.AddIdentity<PerfTargetsUser, IdentityRole<int>>(options =>
            {
                // The policy validator judges length, classes and common passwords itself.
                options.Password.RequiredLength = policy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<PerfTargetsDbContext>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddDefaultTokenProviders();

        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ValidationInterval = RecheckSetting.Accounts.Interval(configuration);
            options.OnRefreshingPrincipal = SessionLifetime.KeepSessionClaims;
        });
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionStampValidator>());
        services.AddSingleton<AccountChanges>();
        services.AddSingleton<TokenPrincipals>();
        services.AddSingleton<TokenLastUses>();
        services.AddHostedService<TokenLastUseWriter>();
        // Secure on every HTTPS request. Not Always: antiforgery then refuses to issue a token over
        // plain http at all, and the demo (http://localhost) could not even show its sign-in page.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = SessionCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.Events.OnValidatePrincipal = SessionLifetime.ValidateAsync;
            // An API call carrying a bearer token is the token's (an unknown /api address too); on a
            // page the token is ignored, so a page answers it as it answers anyone not signed in.
            options.ForwardDefaultSelector = context => AccessTokenHandler.PresentsTokenToApi(context.Request) ? AccessTokenHandler.SchemeName : null;
            options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        services.AddSingleton<FailedTokenAttempts>();
        services.AddSingleton<FailedSignIns>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null)
            // Without a session cookie the token scheme answers, so that a bare call is told to send a bearer token.
            .AddPolicyScheme(ApiScheme, "API", options => options.ForwardDefaultSelector = context =>
                !AccessTokenHandler.PresentsToken(context.Request) && context.Request.Cookies.ContainsKey(SessionCookie)
                    ? IdentityConstants.ApplicationScheme
                    : AccessTokenHandler.SchemeName);
        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(ApiScheme).RequireAuthenticatedUser());
        // A page names the role it is for as a policy of that name: [Authorize(Policy = AccountRoles.Filer)].
        foreach (var role in AccountRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role));
        }

        return services;
    }

    /// <summary>Pages redirect to sign-in or to the refusal page; the API answers with the status alone.</summary>
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
