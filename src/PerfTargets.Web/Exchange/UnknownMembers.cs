using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// Finds a member a document names that the declaration has not (a misspelt <c>projectNmae</c>
/// would otherwise be dropped without a word), or names twice (the last would silently win), by
/// walking the document along the serializer's own contract of <see cref="Declaration"/>, so the
/// check follows the model as it grows.
/// </summary>
internal static class UnknownMembers
{
    /// <summary>
    /// The JSON path of the first unknown or repeated member and which it is, or null;
    /// <paramref name="allowedAtRoot"/> are accepted at the top.
    /// </summary>
    public static (string Path, bool Repeated)? FirstIn(JsonElement root, Type type, IReadOnlySet<string> allowedAtRoot) =>
        Find(root, DeclarationJson.Options.GetTypeInfo(type), "$", allowedAtRoot);

    private static (string Path, bool Repeated)? Find(JsonElement element, JsonTypeInfo info, string path, IReadOnlySet<string>? allowed)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in element.EnumerateObject())
            {
                if (!names.Add(property.Name))
                {
                    return ($"{path}.{property.Name}", true);
                }
            }
        }

        if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var memberPath = $"{path}.{property.Name}";
                var member = info.Properties.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                if (member is null)
                {
                    if (allowed?.Contains(property.Name) == true)
                    {
                        continue;
                    }

                    return (memberPath, false);
                }

                if (Find(property.Value, info.Options.GetTypeInfo(member.PropertyType), memberPath, null) is { } found)
                {
                    return found;
                }
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType)
        {
            var elementInfo = info.Options.GetTypeInfo(elementType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, elementInfo, $"{path}[{index++}]", null) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
