package se.vanort.domain.activity;

/** Where money for an international contact comes from or could come from (VIS2016/W4). */
public enum FundingSource {
  /** The owning committee's own budget. */
  OWN_BUDGET,
  /** State aid ({@code statliga biståndsmedel}). */
  STATE_AID,
  /** EU programmes. */
  EU,
  /** Nordiska ministerrådet, the Nordic Council of Ministers. */
  NORDIC_COUNCIL_OF_MINISTERS,
  /** ICLD, the Swedish International Centre for Local Democracy. */
  ICLD,
  /** Svenska institutet, the Swedish Institute. */
  SWEDISH_INSTITUTE,
  /** Any other external source. */
  OTHER_EXTERNAL;

  /** {@return whether the money comes from outside the municipality's own budgets} */
  public boolean isExternal() {
    return this != OWN_BUDGET;
  }
}
