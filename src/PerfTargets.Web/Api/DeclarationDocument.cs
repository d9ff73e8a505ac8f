using System.Text.Json;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Web.Api;

/// <summary>
/// A declaration received as JSON: the declaration itself, and the codes by which a document from
/// another system names its framework and department.
/// </summary>
internal sealed record DeclarationDocument(Declaration Declaration, string? FrameworkCode, string? DepartmentCode)
{
    public static async Task<DeclarationDocument> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = DeclarationJson.Options.MaxDepth }, cancellationToken);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DeclarationDocumentException("请求体应为一个申报表 JSON 对象。", "$");
            }

            var declaration = root.Deserialize<Declaration>(DeclarationJson.Options)
                ?? throw new DeclarationDocumentException("请求体应为一个申报表 JSON 对象。", "$");
            if (MissingMembers.Of(declaration) is [var first, ..] missing)
            {
                throw new DeclarationDocumentException($"以下成员不能为 null：{string.Join("、", missing)}。", first);
            }
            return new DeclarationDocument(declaration, Code(root, "frameworkCode"), Code(root, "departmentCode"));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"第 {line + 1} 行第 {e.BytePositionInLine + 1} 个字节附近" : "文档中";
            var member = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : $"（成员 {e.Path}）";
            throw new DeclarationDocumentException($"JSON 格式或取值有误：{where}{member}无法读取。", e.Path, e);
        }
    }

    private static string? Code(JsonElement root, string member) =>
        root.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
