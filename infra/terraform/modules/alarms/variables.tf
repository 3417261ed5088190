variable "name" {
  description = "Environment name: the topic's and every alarm's prefix."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the SNS topic."
  type        = string
}

variable "alb_arn_suffix" {
  description = "Load balancer ARN suffix (dimension)."
  type        = string
}

variable "grpc_target_group_arn_suffix" {
  description = "gRPC target group ARN suffix (dimension)."
  type        = string
}

variable "db_primary_identifier" {
  description = "PostgreSQL primary instance identifier (dimension)."
  type        = string
}

variable "db_replica_identifier" {
  description = "Read replica instance identifier (dimension)."
  type        = string
}

variable "db_proxy_name" {
  description = "RDS Proxy name (dimension)."
  type        = string
}

variable "redis_replication_group_id" {
  description = "ElastiCache replication group id (dimension)."
  type        = string
}

variable "alb_5xx_per_minute" {
  description = "Load-balancer 5xx answers per minute above which the alb-5xx alarm fires."
  type        = number
}

variable "p99_latency_s" {
  description = "p99 server response time, seconds, above which grpc-latency-p99 fires."
  type        = number
}

variable "db_free_storage_bytes" {
  description = "Free storage on the primary below which db-free-storage fires."
  type        = number
}

variable "replica_lag_s" {
  description = "Replica lag, seconds, above which db-replica-lag fires."
  type        = number
}

variable "db_proxy_connections" {
  description = "Database connections through RDS Proxy above which db-proxy-connections fires (near its cap)."
  type        = number
}
