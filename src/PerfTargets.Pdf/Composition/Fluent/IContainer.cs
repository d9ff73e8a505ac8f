namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>A place in a document that one element fills; the extension methods in this namespace fill it.</summary>
public interface IContainer
{
}

/// <summary>A table cell's place, with where it stands and what it spans (rows and columns counted from 1).</summary>
public interface ITableCellContainer : IContainer
{
    ITableCellContainer Row(int row);

    ITableCellContainer Column(int column);

    ITableCellContainer RowSpan(int rows);

    ITableCellContainer ColumnSpan(int columns);
}
