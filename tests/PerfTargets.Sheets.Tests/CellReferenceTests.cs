namespace PerfTargets.Sheets.Tests;

public class CellReferenceTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    [InlineData(16_384, "XFD")]
    public void Columns_are_lettered_as_spreadsheets_letter_them(int column, string letters)
    {
        CellReference.ColumnLetters(column).ShouldBe(letters);
        CellReference.Parse(letters + "7").ShouldBe(new CellReference(7, column));
    }

    [Fact]
    public void A_reference_reads_back_as_written_and_names_a_range()
    {
        var cell = new CellReference(14, 4);
        cell.ToString().ShouldBe("D14");
        CellReference.Parse("$D$14").ShouldBe(cell);
        cell.To(new CellReference(15, 8)).ShouldBe("D14:H15");
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("D")]
    [InlineData("D0")]
    [InlineData("XFE1")]
    [InlineData("D1048577")]
    [InlineData("D1x")]
    public void Text_that_is_no_address_is_not_read_as_one(string text) =>
        CellReference.TryParse(text, out _).ShouldBeFalse();
}
