using System.Text.Json;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// A declaration received as JSON: the declaration itself, the codes by which a document from
/// another system names its framework and department, and the members it named at its top level.
/// The members the API writes around a declaration (<see cref="WrapperMembers"/>) are accepted and
/// ignored, so that a document read from the API can be sent back as it is.
/// </summary>
public sealed record ReceivedDeclaration(Declaration Declaration, string? FrameworkCode, string? DepartmentCode, IReadOnlySet<string> Members)
{
    /// <summary>Members of the API's documents that are not the declaration's own.</summary>
    public static readonly IReadOnlySet<string> WrapperMembers =
        new HashSet<string>(["frameworkCode", "departmentCode", "departmentName", "workflow", "version"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The largest document read unless configured otherwise: an API body or an imported file (2 MiB: a declaration of 500 indicators is about 400 KB).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = DeclarationJson.Options.MaxDepth };

    public bool Names(string member) => Members.Contains(member);

    /// <summary>Reads a document, or throws <see cref="UnreadableDeclarationException"/> naming where it went wrong.</summary>
    public static ReceivedDeclaration Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            // Files saved by Windows editors (记事本, Excel's 另存为) start with a UTF-8 byte order mark.
            using var json = JsonDocument.Parse(body.Span.StartsWith(Utf8Bom) ? body[Utf8Bom.Length..] : body, DocumentOptions);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UnreadableDeclarationException("请求体应为一个申报表 JSON 对象。", "$");
            }

            if (UnknownMembers.FirstIn(root, typeof(Declaration), WrapperMembers) is var (path, repeated))
            {
                throw new UnreadableDeclarationException(repeated
                    ? $"成员 {path} 出现了不止一次：每个成员只能给出一次。"
                    : $"申报表文档中没有成员 {path}：请检查拼写（成员名为 camelCase，如 projectName）。", path);
            }

            var declaration = root.Deserialize<Declaration>(ExchangeJson.Read)
                ?? throw new UnreadableDeclarationException("请求体应为一个申报表 JSON 对象。", "$");
            if (MissingMembers.Of(declaration) is [var first, ..] missing)
            {
                throw new UnreadableDeclarationException($"以下成员不能为 null：{string.Join("、", missing)}。", first);
            }

            var members = root.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new ReceivedDeclaration(declaration, Code(root, "frameworkCode"), Code(root, "departmentCode"), members);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"第 {line + 1} 行第 {e.BytePositionInLine + 1} 个字节附近" : "文档中";
            var member = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : $"（成员 {e.Path}）";
            // System.Text.Json says which of these it met only in its (English) message.
            var message = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? $"JSON 嵌套超过 {DeclarationJson.Options.MaxDepth} 层：{where}无法读取。申报表文档不会嵌套这么深。"
                : e.Message.Contains("Expected depth to be zero", StringComparison.OrdinalIgnoreCase)
                    ? $"JSON 不完整：文档在{where}结束，仍有未闭合的 {{ 或 [。文件可能只复制或下载了一部分，请重新导出。"
                    : $"JSON 格式或取值有误：{where}{member}无法读取（类型不符、数值超出范围或格式错误）。";
            throw new UnreadableDeclarationException(message, e.Path ?? "$", e)
            {
                Line = e.LineNumber + 1,
                Position = e.BytePositionInLine + 1,
            };
        }
    }

    private static string? Code(JsonElement root, string member) =>
        root.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, member, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
