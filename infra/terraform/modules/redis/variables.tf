variable "name" {
  description = "Environment name: the replication group's id and group names."
  type        = string
}

variable "vpc_id" {
  description = "VPC of Redis's security group."
  type        = string
}

variable "subnet_ids" {
  description = "Isolated subnets for the Redis nodes (two zones at least)."
  type        = list(string)
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect on 6379 (the server tasks)."
  type        = list(string)
}

variable "engine_version" {
  description = "Redis engine version, e.g. 7.1."
  type        = string
}

variable "node_type" {
  description = "Cache node type of both nodes."
  type        = string
}

variable "snapshot_retention_days" {
  description = "Days of daily snapshots kept (Redis holds nothing the database cannot rebuild; snapshots shorten a cold start)."
  type        = number
}

variable "kms_key_arn" {
  description = "KMS key for encryption at rest."
  type        = string
}
