variable "region" {
  description = "AWS region the environment runs in."
  type        = string
}

variable "name" {
  description = "Environment name (rupaya-staging, rupaya-production): prefixes every resource; also the ECS cluster name infra/deploy.sh takes."
  type        = string
}

variable "vpc_cidr_block" {
  description = "The VPC's IPv4 range, a /16; also the proxies the server trusts for x-forwarded-for."
  type        = string
}

variable "availability_zones" {
  description = "Availability zones to use (two or more)."
  type        = list(string)
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (cheaper, for staging) instead of one per zone."
  type        = bool
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener."
  type        = string
}

variable "initial_image_tag" {
  description = "Image tag in the environment's ECR repository that the first task definitions name; releases then register digests (infra/deploy.sh)."
  type        = string
}

variable "keep_images" {
  description = "Images the ECR repository keeps."
  type        = number
}

variable "kms_deletion_window_days" {
  description = "Days a scheduled deletion of the KMS key waits (7-30)."
  type        = number
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored (0-30)."
  type        = number
}

variable "log_retention_days" {
  description = "Days task, flow, WAF and access logs are kept."
  type        = number
}

variable "deletion_protection" {
  description = "Protect the database and the load balancer from deletion."
  type        = bool
}

variable "db_engine_version" {
  description = "PostgreSQL version of the primary and the replica."
  type        = string
}

variable "db_instance_class" {
  description = "RDS instance class of the primary and the replica."
  type        = string
}

variable "db_allocated_storage_gb" {
  description = "Initial database storage, GiB (autoscaling grows it up to four times)."
  type        = number
}

variable "db_max_connections" {
  description = "PostgreSQL max_connections (fixed, for the pooling arithmetic in docs/deploy.md)."
  type        = number
}

variable "db_proxy_max_connections_percent" {
  description = "Share of max_connections RDS Proxy may use; the rest stays for migrations and operators."
  type        = number
}

variable "read_from_replica" {
  description = "Route ledger lists and analytics to the read replica (RUPAYA_DATABASE_READ_URL from the database-read-url secret, which must hold a value first; docs/deploy.md \"Read replica\")."
  type        = bool
}

variable "db_backup_retention_days" {
  description = "Days of automated backups = the point-in-time-recovery window (1-35)."
  type        = number
}

variable "redis_engine_version" {
  description = "ElastiCache Redis engine version."
  type        = string
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
}

variable "redis_snapshot_retention_days" {
  description = "Days of Redis snapshots kept."
  type        = number
}

variable "server_cpu" {
  description = "Fargate CPU units of a server task (1024 = 1 vCPU; one worker per task)."
  type        = number
}

variable "server_memory" {
  description = "Fargate memory of a server task, MiB (argon2id takes 64 MiB per concurrent hash)."
  type        = number
}

variable "server_min_tasks" {
  description = "Fewest server tasks."
  type        = number
}

variable "server_max_tasks" {
  description = "Most server tasks (each holds up to 20 connections to RDS Proxy)."
  type        = number
}

variable "gateway_cpu" {
  description = "Fargate CPU units of a gateway task."
  type        = number
}

variable "gateway_memory" {
  description = "Fargate memory of a gateway task, MiB."
  type        = number
}

variable "gateway_min_tasks" {
  description = "Fewest gateway tasks."
  type        = number
}

variable "gateway_max_tasks" {
  description = "Most gateway tasks."
  type        = number
}

variable "shutdown_drain_s" {
  description = "RUPAYA_SHUTDOWN_DRAIN: seconds between health NOT_SERVING and refusing new calls (the load balancer's time to notice)."
  type        = number
}

variable "grace_period_s" {
  description = "RUPAYA_GRACE_PERIOD: seconds in-flight calls get after the drain; the tasks' stop timeout is drain + grace + 5."
  type        = number
}

variable "jwt_key_id" {
  description = "RUPAYA_JWT_KEY_ID: kid of the signing key in the jwt-private-key secret."
  type        = string
}

variable "smtp_host" {
  description = "RUPAYA_SMTP_HOST: the SMTP relay (e.g. SES's SMTP endpoint)."
  type        = string
}

variable "smtp_username" {
  description = "RUPAYA_SMTP_USERNAME (its password is the smtp-password secret)."
  type        = string
}

variable "mail_from" {
  description = "RUPAYA_MAIL_FROM: the From address of outgoing mail."
  type        = string
}

variable "public_web_url" {
  description = "RUPAYA_PUBLIC_WEB_URL: the web app's public address that mail links open."
  type        = string
}

variable "waf_requests_per_5_minutes" {
  description = "Requests per client address per 5 minutes before the WAF blocks it."
  type        = number
}

variable "alarm_alb_5xx_per_minute" {
  description = "Load-balancer 5xx answers per minute that raise an alarm."
  type        = number
}

variable "alarm_p99_latency_s" {
  description = "p99 server response time, seconds, that raises an alarm."
  type        = number
}

variable "alarm_replica_lag_s" {
  description = "Read-replica lag, seconds, that raises an alarm."
  type        = number
}
