/**
 * The brief's look: one Letter page when printed, plain and readable (GC Design System's
 * type scale and colours in spirit: dark text, one accent, tables with visible headers).
 */
export const BRIEF_CSS = `
@page { size: Letter; margin: 10mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Lato", Arial, sans-serif; color: #333; font-size: 10pt; line-height: 1.3; margin: 0; }
main { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 17pt; color: #26374a; margin: 0 0 2pt; border-bottom: 3px solid #af3c43; padding-bottom: 3pt; }
h2 { font-size: 12pt; color: #26374a; margin: 7pt 0 2pt; }
p { margin: 2pt 0; }
.sub { color: #555; font-size: 9pt; }
.flagged td:last-child { font-weight: bold; color: #a00000; }
.notice { border-left: 4px solid #a25b00; padding-left: 6pt; background: #fff8e6; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border-bottom: 1px solid #ccc; padding: 2pt 4pt; text-align: right; vertical-align: top; }
th[scope="row"], .risks td:first-child, .risks td:nth-child(2) { text-align: left; }
thead th { border-bottom: 2px solid #26374a; text-align: right; }
thead th:first-child, .risks thead th:nth-child(2) { text-align: left; }
.charts { display: flex; gap: 6mm; flex-wrap: wrap; }
.legend { flex-basis: 100%; font-size: 9pt; margin: 0; }
.key { margin-right: 10pt; white-space: nowrap; }
figure { margin: 4pt 0 0; }
figcaption { font-weight: bold; font-size: 9.5pt; color: #26374a; }
svg text { font-family: inherit; fill: #333; }
ul { margin: 2pt 0; padding-left: 14pt; }
li { margin-bottom: 2pt; }
footer { margin-top: 8pt; font-size: 8.5pt; color: #555; border-top: 1px solid #ccc; padding-top: 3pt; }
`;
