using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>Reads the declaration a request sends (create, replace, validate) from its JSON body.</summary>
internal static class DeclarationBody
{
    /// <summary>The declaration received, or the problem that answers the request instead.</summary>
    public static async Task<(ReceivedDeclaration? Document, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiBody.ReadJsonAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            return (ReceivedDeclaration.Read(body), null);
        }
        catch (UnreadableDeclarationException e)
        {
            return (null, ApiProblems.Unreadable(e));
        }
    }
}
