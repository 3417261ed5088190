variable "name" {
  description = "Environment name: the instance identifiers and group names."
  type        = string
}

variable "vpc_id" {
  description = "VPC the database's security group belongs to."
  type        = string
}

variable "subnet_ids" {
  description = "Isolated subnets (two zones at least) for the primary, its standby and the replica."
  type        = list(string)
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect on 5432 (RDS Proxy, the migration task)."
  type        = list(string)
}

variable "engine_version" {
  description = "PostgreSQL version, e.g. 15.10 (the major version picks the parameter-group family)."
  type        = string
}

variable "instance_class" {
  description = "Instance class of the primary and the replica."
  type        = string
}

variable "allocated_storage_gb" {
  description = "Initial storage in GiB; storage autoscaling may grow it to four times this."
  type        = number
}

variable "max_connections" {
  description = "PostgreSQL max_connections; RDS Proxy takes max_connections_percent of it (docs/deploy.md pooling arithmetic)."
  type        = number
}

variable "backup_retention_days" {
  description = "Days of automated backups, which is also the point-in-time-recovery window (1-35)."
  type        = number
  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35
    error_message = "1 to 35 days (0 would turn backups and point-in-time recovery off)."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the instances (turn off only to tear an environment down)."
  type        = bool
}

variable "kms_key_arn" {
  description = "KMS key for storage, snapshots, Performance Insights and the master-password secret."
  type        = string
}
