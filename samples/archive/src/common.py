"""Non-risk tables that stand beside risk tables in real documents."""

from model import Cell, Col, Table

LOW, MID, HIGH = "#c6efce", "#ffeb9c", "#ffc7ce"


def risk_matrix(name: str = "Riskmatris", size: float = 9) -> Table:
    """Sannolikhet x konsekvens grid with the products 1-16, shaded by level."""
    def fill(v: int) -> str:
        return LOW if v <= 4 else MID if v <= 8 else HIGH

    heads = ["1 Försumbar", "2 Lindrig", "3 Kännbar", "4 Allvarlig"]
    probs = ["4 Mycket sannolik", "3 Sannolik", "2 Möjlig", "1 Mindre sannolik"]
    cols = [Col("s", "Sannolikhet / Konsekvens", 3.6, align="left")] + [
        Col(f"k{i}", h, 2.4, align="center", head_align="center") for i, h in enumerate(heads, 1)
    ]
    rows = []
    for p, label in zip((4, 3, 2, 1), probs):
        row = {"s": Cell(label, bold=True)}
        for k in range(1, 5):
            row[f"k{k}"] = Cell(str(p * k), fill=fill(p * k))
        rows.append(row)
    return Table(name=name, cols=cols, rows=rows, size=size)


def budget_table(name: str, year: int, lines: list[tuple[str, int, int]], size: float = 9,
                 unit: str = "tkr", first: str = "Verksamhet", widths=(6.0, 3.2, 3.2, 3.2)) -> Table:
    """Budget / Utfall / Avvikelse per verksamhet, with a bold total."""
    def fmt(v: int) -> str:
        s = f"{abs(v):,}".replace(",", " ")
        return f"-{s}" if v < 0 else s

    cols = [
        Col("v", first, widths[0], align="left"),
        Col("b", f"Budget {year} ({unit})", widths[1], align="right", head_align="right"),
        Col("u", f"Utfall {year} ({unit})", widths[2], align="right", head_align="right"),
        Col("a", f"Avvikelse ({unit})", widths[3], align="right", head_align="right"),
    ]
    rows = []
    tb = tu = 0
    for label, b, u in lines:
        rows.append({"v": label, "b": fmt(b), "u": fmt(u), "a": fmt(b - u)})
        tb += b
        tu += u
    rows.append({"v": Cell("Summa", bold=True), "b": Cell(fmt(tb), bold=True),
                 "u": Cell(fmt(tu), bold=True), "a": Cell(fmt(tb - tu), bold=True)})
    return Table(name=name, cols=cols, rows=rows, size=size, rules="horizontal", header_fill="#d9e2f3")
