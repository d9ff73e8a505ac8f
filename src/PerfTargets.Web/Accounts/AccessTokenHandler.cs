using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PerfTargets.Core.Accounts;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer pt_…</c>: a personal access token signs an API request in as its account,
/// with the same claims (roles, department, section) as a sign-in through the page. Pages never
/// accept a token: one leaked to a program must not open the admin's pages (nor mint more tokens).
/// </summary>
public sealed partial class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AccessTokens tokens,
    SignInManager<PerfTargetsUser> signIn,
    FailedTokenAttempts failures,
    PasswordPolicy policy,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "AccessToken";

    private const string BearerPrefix = "Bearer ";

    private static readonly object BlockedKey = new();

    /// <summary>Whether the request presents a bearer token (and so is not the browser's cookie session).</summary>
    public static bool PresentsToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the request is an API call that presents a bearer token: the only kind a token signs in.</summary>
    public static bool PresentsTokenToApi(HttpRequest request) =>
        PresentsToken(request) && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!PresentsTokenToApi(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var address = FailuresByAddress.AddressOf(Context);
        if (failures.IsBlocked(address))
        {
            Context.Items[BlockedKey] = true;
            return AuthenticateResult.Fail("Too many failed access tokens from this address.");
        }

        var presented = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        if (await tokens.AuthenticateAsync(presented, Context.RequestAborted) is not var (user, tokenId))
        {
            failures.Record(address);
            LogRefused(Logger, address);
            return AuthenticateResult.Fail("The access token is unknown, expired or revoked, or its account is disabled.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AccountClaims.AccessToken, tokenId.ToString(CultureInfo.InvariantCulture)));
        if (policy.MustChange(user.PasswordChangedAt, clock.GetUtcNow()))
        {
            identity.AddClaim(new Claim(PasswordChangeFilter.MustChange, "true"));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(BlockedKey))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = PresentsToken(Request) ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access token refused from {Address}")]
    private static partial void LogRefused(ILogger logger, string address);
}
