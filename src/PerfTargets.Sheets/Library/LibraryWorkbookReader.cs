using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Reading;
using static PerfTargets.Sheets.Library.LibraryWorkbook;

namespace PerfTargets.Sheets.Library;

/// <summary>
/// 导入指标库: the rows of a workbook in <see cref="LibraryWorkbook"/>'s columns, found by their
/// headings wherever the heading row stands. A row whose 编号 (or, for a seeded entry, 指标体系 and
/// 编码) names an existing entry changes it; a row with neither adds an entry. Each row is checked
/// by <see cref="LibraryEntryValidator"/> and every problem is named by its cell, its row and its
/// column heading; 合并到编号 is the library's own record and is not read.
/// </summary>
public static class LibraryWorkbookReader
{
    private static readonly string[] Headings =
    [
        IdHeading, KeyHeading, FrameworkHeading, Level1Heading, Level2Heading, NameHeading, NatureHeading, UnitHeading, ComparatorHeading,
        DirectionHeading, FormulaHeading, BasisHeading, SectorsHeading, ExampleHeading, SourceHeading, RetiredHeading,
    ];

    /// <summary>The column each of the validator's properties is read from.</summary>
    private static readonly Dictionary<string, string> HeadingOf = new(StringComparer.Ordinal)
    {
        [nameof(LibraryEntry.FrameworkId)] = FrameworkHeading,
        [nameof(LibraryEntry.Level1)] = Level1Heading,
        [nameof(LibraryEntry.Level2)] = Level2Heading,
        [nameof(LibraryEntry.Name)] = NameHeading,
        [nameof(LibraryEntry.Nature)] = NatureHeading,
        [nameof(LibraryEntry.Unit)] = UnitHeading,
        [nameof(LibraryEntry.Comparator)] = ComparatorHeading,
        [nameof(LibraryEntry.Direction)] = DirectionHeading,
        [nameof(LibraryEntry.Formula)] = FormulaHeading,
        [nameof(LibraryEntry.Basis)] = BasisHeading,
        [nameof(LibraryEntry.Sectors)] = SectorsHeading,
        [nameof(LibraryEntry.Example)] = ExampleHeading,
        [nameof(LibraryEntry.Source)] = SourceHeading,
    };

    /// <summary>
    /// The entries the file says, each a fresh object: <see cref="LibraryEntry.Id"/> 0 for a new one,
    /// otherwise the existing entry's id and key. Problems leave the entries to be ignored.
    /// </summary>
    public static LibraryImport Read(ReadWorkbook workbook, IReadOnlyList<IndicatorFramework> frameworks, IReadOnlyList<LibraryEntry> existing)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(existing);
        var found = workbook.Sheets.Select(s => (Sheet: s, Heading: ListReading.HeadingRow(s, NameHeading))).FirstOrDefault(s => s.Heading is not null);
        if (found.Sheet is not { } sheet || found.Heading is not { } heading)
        {
            return new LibraryImport([], [new SheetProblem((workbook.Sheets.Count > 0 ? workbook.Sheets[0].Name : SheetName),
                $"没有找到标题为“{NameHeading}”的列：请用“导出指标库”得到的文件填写，保留第一行的列标题。")]);
        }

        var columns = ListReading.Columns(sheet, heading.Row, Headings);
        var problems = new List<SheetProblem>();
        foreach (var missing in new[] { FrameworkHeading, Level1Heading, Level2Heading, NatureHeading, SourceHeading }.Where(h => !columns.ContainsKey(h)))
        {
            problems.Add(new SheetProblem(sheet.Address(heading), $"第 {heading.Row} 行缺少列“{missing}”。"));
        }

        if (problems.Count > 0)
        {
            return new LibraryImport([], problems);
        }

        var byId = existing.ToDictionary(e => e.Id);
        var byKey = existing.Where(e => e.Key is not null).ToDictionary(e => (e.FrameworkId, e.Key!));
        var rowOf = new Dictionary<int, int>();
        var entries = new List<LibraryEntry>();
        for (var row = heading.Row + 1; row <= sheet.LastRow; row++)
        {
            if (columns.Values.All(column => sheet[row, column].IsBlank))
            {
                continue;
            }

            var entry = new RowReading(sheet, row, columns, problems).Entry(frameworks, byId, byKey);
            if (entry.Id != 0 && !rowOf.TryAdd(entry.Id, row))
            {
                problems.Add(Problem(sheet, row, columns, columns.ContainsKey(IdHeading) ? IdHeading : KeyHeading, $"与第 {rowOf[entry.Id]} 行是同一条目。"));
            }

            var framework = frameworks.FirstOrDefault(f => f.Id == entry.FrameworkId);
            foreach (var failure in new LibraryEntryValidator(framework).Validate(entry).Errors)
            {
                // An unknown framework code was already said at its cell.
                if (failure.PropertyName == nameof(LibraryEntry.FrameworkId) && !sheet[row, columns[FrameworkHeading]].IsBlank)
                {
                    continue;
                }

                problems.Add(Problem(sheet, row, columns, HeadingOf.GetValueOrDefault(failure.PropertyName, NameHeading), failure.ErrorMessage));
            }

            entries.Add(entry);
        }

        if (entries.Count == 0 && problems.Count == 0)
        {
            problems.Add(new SheetProblem(sheet.Address(heading), "标题行下面没有条目：没有可导入的内容。"));
        }

        return new LibraryImport(entries, problems);
    }

    internal static SheetProblem Problem(ReadSheet sheet, int row, IReadOnlyDictionary<string, int> columns, string heading, string message) =>
        new(sheet.Address(new CellReference(row, columns.GetValueOrDefault(heading, 1))), $"第 {row} 行“{heading}”：{message}");

    /// <summary>One row's cells as an entry, each cell's own problems said as it is read.</summary>
    private sealed class RowReading(ReadSheet sheet, int row, IReadOnlyDictionary<string, int> columns, List<SheetProblem> problems)
    {
        public LibraryEntry Entry(IReadOnlyList<IndicatorFramework> frameworks, IReadOnlyDictionary<int, LibraryEntry> byId,
            IReadOnlyDictionary<(int, string), LibraryEntry> byKey)
        {
            var code = Text(FrameworkHeading);
            var framework = frameworks.FirstOrDefault(f => f.Code == code);
            if (code is not null && framework is null)
            {
                Say(FrameworkHeading, $"没有编码为“{code}”的指标体系；可用的有：{string.Join("、", frameworks.Select(f => f.Code))}。");
            }

            var nature = Choice(NatureHeading, Enum.GetValues<IndicatorNature>(), n => n.Label());
            var entry = new LibraryEntry
            {
                FrameworkId = framework?.Id ?? 0,
                Level1 = Text(Level1Heading) ?? string.Empty,
                Level2 = Text(Level2Heading) ?? string.Empty,
                Name = Text(NameHeading) ?? string.Empty,
                Nature = nature ?? IndicatorNature.Quantitative,
                Unit = Text(UnitHeading),
                Comparator = Choice(ComparatorHeading, Enum.GetValues<Comparator>(), c => c.Symbol()),
                Direction = Choice(DirectionHeading, Enum.GetValues<IndicatorDirection>(), d => d.Label()),
                Formula = Text(FormulaHeading),
                Basis = Choice(BasisHeading, Enum.GetValues<IndicatorBasis>(), b => b.Label()),
                Sectors = Text(SectorsHeading) ?? string.Empty,
                Example = Text(ExampleHeading),
                Source = Text(SourceHeading) ?? string.Empty,
                Retired = Retired(),
            };
            if (nature is null && Text(NatureHeading) is null)
            {
                Say(NatureHeading, "请填写定量或定性。");
            }

            Match(entry, framework, byId, byKey);
            return entry;
        }

        /// <summary>Gives the entry the id and key of the existing one the row names, or says why the row names none.</summary>
        private void Match(LibraryEntry entry, IndicatorFramework? framework, IReadOnlyDictionary<int, LibraryEntry> byId, IReadOnlyDictionary<(int, string), LibraryEntry> byKey)
        {
            var id = Text(IdHeading);
            var key = Text(KeyHeading);
            if (id is not null)
            {
                if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !byId.TryGetValue(number, out var stored))
                {
                    Say(IdHeading, $"指标库中没有编号为“{id}”的条目；新增的条目请把编号和编码留空。");
                    return;
                }

                entry.Id = stored.Id;
                entry.Key = stored.Key;
                if (key is not null && key != stored.Key)
                {
                    Say(KeyHeading, $"编号 {stored.Id} 的条目编码是“{stored.Key}”，不是“{key}”：编码不能修改。");
                }

                if (stored.Key is not null && framework is not null && framework.Id != stored.FrameworkId)
                {
                    Say(FrameworkHeading, $"“{stored.Key}”是共性指标，已按指标体系分别列出，不能改到另一个指标体系。");
                }

                return;
            }

            if (key is null || framework is null)
            {
                return;
            }

            if (byKey.TryGetValue((framework.Id, key), out var seeded))
            {
                entry.Id = seeded.Id;
                entry.Key = seeded.Key;
            }
            else
            {
                Say(KeyHeading, $"指标体系“{framework.Code}”中没有编码为“{key}”的条目；新增的条目请把编码留空。");
            }
        }

        private bool Retired()
        {
            var text = Text(RetiredHeading);
            if (text is null or "否")
            {
                return false;
            }

            if (text == Yes)
            {
                return true;
            }

            Say(RetiredHeading, $"“{text}”：停用的条目填“{Yes}”，否则留空。");
            return false;
        }

        private T? Choice<T>(string heading, T[] options, Func<T, string> label)
            where T : struct
        {
            var cell = Cell(heading);
            return cell.IsBlank ? null : IndicatorTable.Choice(cell, options, label,
                () => Say(heading, $"“{cell.ToString().Trim()}”不可用：请填写{string.Join("、", options.Select(label))}之一，或留空。"));
        }

        private string? Text(string heading) => ListReading.Text(Cell(heading)) is { Length: > 0 } text ? text : null;

        private ReadCell Cell(string heading) => columns.TryGetValue(heading, out var column) ? sheet[row, column] : ReadCell.Blank;

        private void Say(string heading, string message) => problems.Add(Problem(sheet, row, columns, heading, message));
    }
}

/// <summary>What an imported library workbook says: its entries, and every problem by cell.</summary>
public sealed record LibraryImport(IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<SheetProblem> Problems);
