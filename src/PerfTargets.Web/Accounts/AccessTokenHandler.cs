using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer pt_…</c>: a personal access token signs an API request in as its account,
/// with the same claims (roles, department, section) as a sign-in through the page. Pages never
/// accept a token: one leaked to a program must not open the admin's pages (nor mint more tokens).
/// A token found good is not looked up again for <see cref="RecheckSetting.Accounts"/> seconds
/// (<see cref="TokenPrincipals"/>), and its use is noted in memory (<see cref="TokenLastUses"/>):
/// a call that needs no data sends no SQL.
/// </summary>
public sealed partial class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AccessTokens tokens,
    SignInManager<PerfTargetsUser> signIn,
    FailedTokenAttempts failures,
    PasswordPolicy policy,
    TokenPrincipals principals,
    TokenLastUses lastUses,
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
        if (!AccessTokenSecret.LooksLikeToken(presented))
        {
            return Refuse(address);
        }

        var hash = AccessTokenSecret.Hash(presented);
        if (principals.Find(hash) is { } known)
        {
            lastUses.Note(known.TokenId, clock.GetUtcNow());
            return Success(known.Principal);
        }

        var turn = principals.Turn;
        if (await tokens.AuthenticateAsync(presented, Context.RequestAborted) is not var (user, token))
        {
            return Refuse(address);
        }

        var now = clock.GetUtcNow();
        if (token.LastUsedAt is null)
        {
            // The first use shows on the 访问令牌 page at once: whoever set the program up can see it worked.
            await tokens.RecordLastUsesAsync([(token.Id, now)], Context.RequestAborted);
        }
        else
        {
            lastUses.Note(token.Id, now);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AccountClaims.AccessToken, token.Id.ToString(CultureInfo.InvariantCulture)));
        var mustChange = policy.MustChange(user.PasswordChangedAt, now);
        if (mustChange)
        {
            identity.AddClaim(new Claim(PasswordChangeFilter.MustChange, "true"));
        }

        // What was found holds until the token expires or the password falls due, whichever is first.
        var passwordDue = mustChange ? DateTimeOffset.MaxValue : policy.ChangeDue(user.PasswordChangedAt);
        principals.Keep(hash, new TokenPrincipals.Entry(principal, token.Id, user.Id, passwordDue < token.ExpiresAt ? passwordDue : token.ExpiresAt), turn);
        return Success(principal);
    }

    private AuthenticateResult Refuse(string address)
    {
        failures.Record(address);
        LogRefused(Logger, address);
        return AuthenticateResult.Fail("The access token is unknown, expired or revoked, or its account is disabled.");
    }

    /// <summary>A copy of the principal for this request: the kept one is shared by the token's later calls.</summary>
    private static AuthenticateResult Success(ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal.Clone(), SchemeName));

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
