using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace GovReportDocs.Web;

/// <summary>
/// The access token an editor reachable from other computers requires, as Jupyter does: given once in the address
/// (<c>?token=…</c>) it becomes an HttpOnly, SameSite=Strict cookie and the browser is sent on to the address without it;
/// a script or another program sends it as <c>Authorization: Bearer …</c>. Compared in constant time.
/// </summary>
internal sealed class AccessToken
{
    /// <summary>The query parameter the printed address carries the token in.</summary>
    public const string QueryName = "token";

    private readonly byte[] _hash;

    public AccessToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _hash = Hash(token);
        // Cookies are not told apart by port: two editors on one computer each keep their own.
        CookieName = "govreport-" + Convert.ToHexString(SHA256.HashData(_hash))[..12].ToLowerInvariant();
    }

    /// <summary>The name of the cookie that carries the token after the first visit.</summary>
    public string CookieName { get; }

    /// <summary>A new token: 192 random bits as 48 hexadecimal digits, easy to copy from a terminal.</summary>
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    /// <summary>Whether a candidate is the token; its length or content never changes how long the comparison takes.</summary>
    public bool Matches(string? candidate) =>
        candidate is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Hash(candidate), _hash);

    /// <summary>
    /// Null when the request carries the token (header, cookie or address); else the answer refusing it. A browser that
    /// brings it in the address gets the cookie and is sent on to the same address without the token.
    /// </summary>
    public IResult? Admit(HttpContext http)
    {
        var request = http.Request;
        var authorization = request.Headers.Authorization.ToString();
        if ((authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(authorization["Bearer ".Length..].Trim()))
            || Matches(request.Cookies[CookieName]))
        {
            return null;
        }

        var given = request.Query[QueryName].ToString();
        if (Matches(given))
        {
            http.Response.Cookies.Append(CookieName, given, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
            if (HttpMethods.IsGet(request.Method) && WantsPage(request))
            {
                // Out of the address bar, the history and the screen.
                var rest = new QueryBuilder(request.Query.Where(p => p.Key != QueryName)).ToQueryString();
                return Results.Redirect(request.PathBase + request.Path + rest);
            }

            return null;
        }

        var message = authorization.Length > 0 || given.Length > 0 || request.Cookies.ContainsKey(CookieName)
            ? "拒绝访问：访问令牌不正确。请使用 govreport serve 启动时显示的完整地址（含 ?token=…）打开"
            : "拒绝访问：需要访问令牌。请使用 govreport serve 启动时显示的完整地址（含 ?token=…）打开";
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return WantsPage(request)
            ? Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized)
            : Results.Json(new { error = message }, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
