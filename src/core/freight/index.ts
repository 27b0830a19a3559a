/** The freight engine: lanes' costs and times, landed cost, mode choice, containers, transfers. Pure computation on arrays. */

export * from './types';
export { chargeableKg, dutyOf, landedCost, shipmentFreight, type FreightCost } from './landed-cost';
export { cheapestMix, packInto, singleKindMix, type ContainerCounts, type ContainerMix, type PackItem, type PackedBox, type Packing } from './containers';
export { chooseMode, priceSingle, shortUntil, type Landing, type ModeChoice, type ModeCost, type ModeLane, type ModeNeed, type ModePart } from './mode-choice';
export { excessUnits, proposeTransfer, shortfallUnits, shortWithTransfer, type DatedArrival, type TransferCase, type TransferVerdict, type WarehouseSide } from './transfers';
export { neededUntil, reverseOf, type PastTransfer } from './transfer-guard';
export { demandOver, expectedShort, normalCdf, normalLoss, shortBefore, type DailyDemand, type Transit } from './shortage';
