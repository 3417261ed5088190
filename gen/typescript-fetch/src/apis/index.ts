/* tslint:disable */
/* eslint-disable */
export * from './AccountServiceApi';
export * from './AnalyticsServiceApi';
export * from './AuthServiceApi';
export * from './BudgetServiceApi';
export * from './CategoryServiceApi';
export * from './CurrencyServiceApi';
export * from './ExchangeRateServiceApi';
export * from './ImportServiceApi';
export * from './NotificationServiceApi';
export * from './RuleServiceApi';
export * from './ScheduleServiceApi';
export * from './SyncServiceApi';
export * from './TransactionServiceApi';
export * from './UserServiceApi';
