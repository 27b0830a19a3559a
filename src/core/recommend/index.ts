/** Recommendation engine: next-purchase recommendations, bought-together pairs, launch audiences and their backtest. Pure computation on arrays. */

export type {
  PurchaseLine,
  RecommendationReason,
  Recommendation,
  Recommender,
  FitOptions,
  BlendWeights,
  SegmentWeights,
  BoughtTogetherOptions,
  BoughtTogetherPair,
  ItemAttributes,
} from './types';
export { fitRecommender, describeSegment, describeWeights, weightsFor, ORDER_SEGMENTS } from './recommender';
export { describeReasonEn } from './reason';
export { describeSplit } from './choose-split';
export type { SlotSplit } from './types';
export { boughtTogether } from './bought-together';
export { launchAudience, priceBand, type LaunchAudience, type LaunchAudienceInput } from './launch-audience';
export { backtestRecommendations, METHOD_NAMES, type BacktestOptions, type BacktestResult, type MethodName, type SegmentResult } from './backtest';
export { holdOutLastOrders, type HeldOutBasket, type HoldoutOptions } from './holdout';
export { rankingScores, meanScores, type RankingScores } from './metrics';
export { isPurchase } from './baskets';
export { backtestLaunches, type LaunchBacktestOptions, type LaunchBacktestResult } from './launch-backtest';
