import { DEDUCTION_CLASSES } from './deduction-classes';
import { PAY_CLASSES } from './pay-classes';
import type { PlantedClass } from './planted.types';
import { SUPPLIER_CLASSES } from './supplier-classes';

/** Every planted class, Phoenix families first, then the supplier-level faults. */
export const PLANTED_CLASSES: readonly PlantedClass[] = [...PAY_CLASSES, ...DEDUCTION_CLASSES, ...SUPPLIER_CLASSES];
