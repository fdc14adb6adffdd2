"""
Runs payroll cases through Beanflow-Payroll's own deductions engine (an independent, open-source
T4127 implementation in Python), for payproof's differential test. Nothing of it is copied here:
this driver imports it from a checkout given on the command line and only feeds it inputs.

stdin: one JSON object a line {id, province, payDate, periods, gross, federalClaim, provincialClaim,
rpp, rrsp, unionDues}; stdout: one JSON object a line {id, cpp, ei, federalTax, provincialTax} or
{id, error}.
"""
import json
import sys
import types
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

backend = Path(sys.argv[1])
sys.path.insert(0, str(backend))
# The package __init__ of app.services.payroll imports PDF and database modules the engine does not
# need: register the package without running it, so only the engine's own modules are loaded.
for name in ("app", "app.services", "app.services.payroll"):
    package = types.ModuleType(name)
    package.__path__ = [str(backend.joinpath(*name.split(".")))]
    sys.modules[name] = package


# Its app.models.payroll needs an e-mail validator package for models the engine does not use; the
# engine takes from it two enums only: a pay frequency with periods_per_year, and a province code.
class PayFrequency(str, Enum):
    WEEKLY = "weekly"
    BIWEEKLY = "bi_weekly"
    SEMI_MONTHLY = "semi_monthly"
    MONTHLY = "monthly"

    @property
    def periods_per_year(self) -> int:
        return {"weekly": 52, "bi_weekly": 26, "semi_monthly": 24, "monthly": 12}[self.value]


Province = Enum("Province", {code: code for code in "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()}, type=str)
models = types.ModuleType("app.models.payroll")
models.PayFrequency = PayFrequency
models.Province = Province
sys.modules["app.models"] = types.ModuleType("app.models")
sys.modules["app.models.payroll"] = models

from app.services.payroll.payroll_engine import EmployeePayrollInput, PayrollEngine  # noqa: E402

FREQUENCY = {52: PayFrequency.WEEKLY, 26: PayFrequency.BIWEEKLY, 24: PayFrequency.SEMI_MONTHLY, 12: PayFrequency.MONTHLY}

for line in sys.stdin:
    case = json.loads(line)
    try:
        pay_date = date.fromisoformat(case["payDate"])
        engine = PayrollEngine(year=pay_date.year)
        result = engine.calculate(
            EmployeePayrollInput(
                employee_id=case["id"],
                province=Province(case["province"]),
                pay_frequency=FREQUENCY[case["periods"]],
                gross_regular=Decimal(case["gross"]),
                federal_claim_amount=Decimal(case["federalClaim"]),
                provincial_claim_amount=Decimal(case["provincialClaim"]),
                # Its engine declares rpp_per_period but never deducts it; T4127's F is RPP + RRSP alike
                # (ch. 4, step 1), so both go in as RRSP, which it does deduct.
                rrsp_per_period=Decimal(case["rpp"]) + Decimal(case["rrsp"]),
                union_dues_per_period=Decimal(case["unionDues"]),
                pay_date=pay_date,
            )
        )
        out = {
            "id": case["id"],
            "cpp": str(result.cpp_total),
            "ei": str(result.ei_employee),
            "federalTax": str(result.federal_tax),
            "provincialTax": str(result.provincial_tax),
        }
    except Exception as err:  # a case their engine refuses is reported, not fatal
        out = {"id": case["id"], "error": f"{type(err).__name__}: {err}"}
    print(json.dumps(out), flush=True)
